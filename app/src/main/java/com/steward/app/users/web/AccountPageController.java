package com.steward.app.users.web;

import com.steward.app.security.PasswordStrength;
import com.steward.app.security.StewardUser;
import com.steward.app.security.UserSessions;
import com.steward.app.users.PasswordPolicy;
import com.steward.app.users.UserDirectory;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's own account page: who they are, a password change with a strength meter. */
@Controller
class AccountPageController {

    private final UserDirectory directory;
    private final PasswordPolicy policy;

    AccountPageController(UserDirectory directory, PasswordPolicy policy) {
        this.directory = directory;
        this.policy = policy;
    }

    /** The strength meter's answer: the server's verdict is the one that counts when the form is sent. */
    record Strength(int score, boolean acceptable, String feedback) {}

    @GetMapping("/account")
    String account(@AuthenticationPrincipal StewardUser me, Model model) {
        model.addAttribute("account", directory.get(me.id()));
        return "users/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal StewardUser me,
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @Nullable HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        try {
            directory.changeOwnPassword(me.id(), currentPassword, newPassword);
            if (session != null) {
                session.removeAttribute(UserSessions.PASSWORD_CHANGE_REQUIRED);
            }
            redirect.addFlashAttribute("notice", "Password changed; your other sessions were signed out");
            return "redirect:/account";
        } catch (InvalidRequestException e) {
            model.addAttribute("account", directory.get(me.id()));
            model.addAttribute("error", e.getMessage());
            return "users/account";
        }
    }

    @PostMapping("/account/password/strength")
    @ResponseBody
    Strength strength(@AuthenticationPrincipal StewardUser me, @RequestParam String password) {
        PasswordStrength.Verdict verdict = policy.verdict(password, directory.get(me.id()));
        return new Strength(verdict.score(), policy.acceptable(verdict), verdict.feedback());
    }
}
