package com.steward.app.users.web;

import com.steward.app.security.StewardUser;
import com.steward.app.users.UserDirectory;
import com.steward.app.web.InvalidRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's own account page: who they are and a password change. */
@Controller
class AccountPageController {

    private final UserDirectory directory;

    AccountPageController(UserDirectory directory) {
        this.directory = directory;
    }

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
            Model model,
            RedirectAttributes redirect) {
        try {
            directory.changeOwnPassword(me.id(), currentPassword, newPassword);
            redirect.addFlashAttribute("notice", "Password changed");
            return "redirect:/account";
        } catch (InvalidRequestException e) {
            model.addAttribute("account", directory.get(me.id()));
            model.addAttribute("error", e.getMessage());
            return "users/account";
        }
    }
}
