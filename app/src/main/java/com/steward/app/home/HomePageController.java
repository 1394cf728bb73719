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

/** The home dashboard: real counts of what is stored, scoped to what the user may see. */
@Controller
class HomePageController {

    private final VendorRegister vendors;
    private final UserDirectory users;
    private final AuditLog audit;

    HomePageController(VendorRegister vendors, UserDirectory users, AuditLog audit) {
        this.vendors = vendors;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal StewardUser user, Model model) {
        model.addAttribute("vendorCount", vendors.countVisible());
        model.addAttribute("vendors", vendors.visibleVendors());
        boolean administrator = user.role() == Role.ADMIN;
        boolean manager = administrator || user.role() == Role.MANAGER;
        model.addAttribute("userCount", administrator ? users.count() : null);
        model.addAttribute("auditCount", manager ? audit.count() : null);
        model.addAttribute("sections", LifecycleSection.openTo(user.role()));
        return "home/home";
    }

    @GetMapping("/login")
    String login() {
        return "home/login";
    }
}
