package com.steward.app.users.web;

import com.steward.app.security.Roles;
import com.steward.app.security.StewardUser;
import com.steward.app.users.SecondFactors;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: a user sets up TOTP on their account page (the secret as text and as an {@code otpauth://} URI
 * for their authenticator app; no outside QR service) and proves a first code; an administrator can remove a user's
 * second factor.
 */
@Controller
class SecondFactorPageController {

    /** The secret being set up, kept in the session until the user proves a code. */
    static final String PENDING = "steward.totpPending";

    private final SecondFactors secondFactors;

    SecondFactorPageController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping("/account/second-factor")
    String show(@AuthenticationPrincipal StewardUser me, HttpSession session, Model model) {
        if (secondFactors.enrolled(me.id())) {
            model.addAttribute("enrolled", true);
            model.addAttribute("unusedCodes", secondFactors.unusedRecoveryCodes(me.id()));
            return "users/second-factor";
        }
        SecondFactors.Pending pending = secondFactors.start(me.id());
        session.setAttribute(PENDING, pending.secret());
        model.addAttribute("enrolled", false);
        model.addAttribute("pending", pending);
        return "users/second-factor";
    }

    @PostMapping("/account/second-factor")
    String confirm(
            @AuthenticationPrincipal StewardUser me,
            @RequestParam String code,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        Object secret = session.getAttribute(PENDING);
        if (!(secret instanceof String pendingSecret)) {
            redirect.addFlashAttribute("notice", "Start again: the set-up expired");
            return "redirect:/account/second-factor";
        }
        try {
            model.addAttribute("codes", secondFactors.confirm(me.id(), pendingSecret, code));
            session.removeAttribute(PENDING);
            return "users/recovery-codes";
        } catch (InvalidRequestException e) {
            // the same secret again: the user has already added it to their app
            model.addAttribute("enrolled", false);
            model.addAttribute("pending", secondFactors.pending(me.id(), pendingSecret));
            model.addAttribute("error", Objects.requireNonNullElse(e.getMessage(), "That code is not valid"));
            return "users/second-factor";
        }
    }

    @PostMapping("/admin/users/{id}/second-factor/reset")
    @PreAuthorize(Roles.ADMINS)
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        secondFactors.reset(id);
        redirect.addFlashAttribute("notice", "Second factor removed: the user signs in with the password alone");
        return "redirect:/admin/users/" + id;
    }
}
