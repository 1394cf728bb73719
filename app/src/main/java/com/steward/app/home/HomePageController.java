package com.steward.app.home;

import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The home dashboard: what needs attention today, and real counts of what is stored, scoped to what the user may see. */
@Controller
class HomePageController {

    private final VendorRegister vendors;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Attention attention;
    private final AttentionDigest digest;

    HomePageController(
            VendorRegister vendors, UserDirectory users, AuditLog audit, Attention attention, AttentionDigest digest) {
        this.vendors = vendors;
        this.users = users;
        this.audit = audit;
        this.attention = attention;
        this.digest = digest;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal StewardUser user, Model model) {
        model.addAttribute("attention", attention.today(user));
        model.addAttribute("digest", digest.subscribed(user.id()));
        model.addAttribute("vendorCount", vendors.countVisible());
        model.addAttribute("vendors", vendors.visibleVendors());
        boolean administrator = user.role() == Role.ADMIN;
        boolean manager = administrator || user.role() == Role.MANAGER;
        model.addAttribute("userCount", administrator ? users.count() : null);
        model.addAttribute("auditCount", manager ? audit.count() : null);
        model.addAttribute("sections", LifecycleSection.openTo(user.role()));
        return "home/home";
    }

    /** Opts the signed-in user in to (or out of) the weekly e-mail of this list. */
    @PostMapping("/home/digest")
    String digest(
            @AuthenticationPrincipal StewardUser user,
            @RequestParam(name = "weekly", defaultValue = "false") boolean weekly,
            RedirectAttributes redirect) {
        digest.subscribe(user.id(), weekly);
        redirect.addFlashAttribute(
                "digestMessage",
                weekly ? "You will get this list by e-mail every Monday." : "No more weekly e-mail of this list.");
        return "redirect:/";
    }

    @GetMapping("/login")
    String login() {
        return "home/login";
    }
}
