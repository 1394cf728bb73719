package com.steward.app.users.web;

import com.steward.app.security.Role;
import com.steward.app.security.Roles;
import com.steward.app.security.StewardUser;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.CreatedUser;
import com.steward.app.users.UpdateUserCommand;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration: invite (create with a one-time password), set role and vendor binding, deactivate. */
@Controller
@PreAuthorize(Roles.ADMINS)
class UserAdminPageController {

    private final UserDirectory directory;
    private final VendorRegister vendors;

    UserAdminPageController(UserDirectory directory, VendorRegister vendors) {
        this.directory = directory;
        this.vendors = vendors;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", directory.all());
        model.addAttribute("vendorNames", vendorNames());
        return "users/list";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("form", new CreateUserCommand("", "", null, Role.ANALYST, null));
        return formPage(model, "users/new");
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") CreateUserCommand form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                CreatedUser created = directory.create(form);
                model.addAttribute("created", created);
                return "users/created";
            } catch (InvalidRequestException e) {
                errors.rejectValue(e.field(), "invalid", messageOf(e));
            }
        }
        return formPage(model, "users/new");
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable long id, Model model) {
        UserAccount account = directory.get(id);
        model.addAttribute("account", account);
        model.addAttribute(
                "form",
                new UpdateUserCommand(account.displayName(), account.role(), account.vendorId(), account.active()));
        return formPage(model, "users/show");
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UpdateUserCommand form,
            BindingResult errors,
            @AuthenticationPrincipal StewardUser me,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                directory.update(id, form, me.getUsername());
                redirect.addFlashAttribute("notice", "User updated");
                return "redirect:/admin/users/" + id;
            } catch (InvalidRequestException e) {
                errors.rejectValue(e.field(), "invalid", messageOf(e));
            }
        }
        model.addAttribute("account", directory.get(id));
        return formPage(model, "users/show");
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, Model model) {
        UserAccount account = directory.get(id);
        model.addAttribute("created", new CreatedUser(account, directory.resetPassword(id)));
        return "users/created";
    }

    private String formPage(Model model, String view) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("vendors", vendors.allVendorsForAdministration());
        return view;
    }

    private Map<Long, String> vendorNames() {
        Map<Long, String> names = new HashMap<>();
        vendors.allVendorsForAdministration().forEach(v -> names.put(v.id(), v.name()));
        return names;
    }

    private static String messageOf(RuntimeException e) {
        return Objects.requireNonNullElse(e.getMessage(), "Not a valid value");
    }
}
