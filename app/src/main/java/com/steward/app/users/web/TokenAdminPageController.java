package com.steward.app.users.web;

import com.steward.app.security.Role;
import com.steward.app.security.Roles;
import com.steward.app.security.TokenScope;
import com.steward.app.users.ApiTokens;
import com.steward.app.users.CreateServiceAccountCommand;
import com.steward.app.users.CreateTokenCommand;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The API tokens page: service accounts, tokens issued (secret shown once), revocation. */
@Controller
@PreAuthorize(Roles.ADMINS)
class TokenAdminPageController {

    private final ApiTokens tokens;
    private final UserDirectory directory;
    private final VendorRegister vendors;
    private final Clock clock;

    TokenAdminPageController(ApiTokens tokens, UserDirectory directory, VendorRegister vendors, Clock clock) {
        this.tokens = tokens;
        this.directory = directory;
        this.vendors = vendors;
        this.clock = clock;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        model.addAttribute("tokenForm", CreateTokenCommand.forUser("", "", TokenScope.READ));
        model.addAttribute("accountForm", new CreateServiceAccountCommand("", "", Role.ANALYST, null));
        return page(model);
    }

    @PostMapping("/admin/tokens")
    String create(@Valid @ModelAttribute("tokenForm") CreateTokenCommand form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("issued", tokens.issue(form));
                return "users/token-created";
            } catch (NotFoundException e) {
                errors.rejectValue("username", "unknown", messageOf(e));
            }
        }
        model.addAttribute("accountForm", new CreateServiceAccountCommand("", "", Role.ANALYST, null));
        return page(model);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "Token revoked");
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/service-accounts")
    String createServiceAccount(
            @Valid @ModelAttribute("accountForm") CreateServiceAccountCommand form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                directory.createServiceAccount(form);
                redirect.addFlashAttribute("notice", "Service account " + form.username() + " created");
                return "redirect:/admin/tokens";
            } catch (InvalidRequestException e) {
                errors.rejectValue(e.field(), "invalid", messageOf(e));
            } catch (ConflictException e) {
                errors.rejectValue("username", "taken", messageOf(e));
            }
        }
        model.addAttribute("tokenForm", CreateTokenCommand.forUser("", "", TokenScope.READ));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("now", clock.instant());
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("vendors", vendors.allVendorsForAdministration());
        return "users/tokens";
    }

    private static String messageOf(RuntimeException e) {
        return Objects.requireNonNullElse(e.getMessage(), "Not a valid value");
    }
}
