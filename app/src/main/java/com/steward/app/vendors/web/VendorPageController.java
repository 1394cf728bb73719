package com.steward.app.vendors.web;

import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.UpdateVendorCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.vendors.VendorStatus;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor register pages. Every role may look (scoped by {@code VendorRegister}); managers change. */
@Controller
class VendorPageController {

    private final VendorRegister register;

    VendorPageController(VendorRegister register) {
        this.register = register;
    }

    @GetMapping("/vendors")
    String list(Model model) {
        model.addAttribute("vendors", register.visibleVendors());
        return "vendors/list";
    }

    @GetMapping("/vendors/{id}")
    String show(@PathVariable long id, Model model) {
        Vendor vendor = register.get(id);
        model.addAttribute("vendor", vendor);
        model.addAttribute("form", new UpdateVendorCommand(vendor.name(), vendor.status()));
        model.addAttribute("statuses", VendorStatus.values());
        return "vendors/show";
    }

    @GetMapping("/vendors/new")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    String newVendor(Model model) {
        model.addAttribute("form", new RegisterVendorCommand("", "", VendorStatus.PROSPECT));
        model.addAttribute("statuses", VendorStatus.values());
        return "vendors/new";
    }

    @PostMapping("/vendors")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    String create(
            @Valid @ModelAttribute("form") RegisterVendorCommand form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("statuses", VendorStatus.values());
            return "vendors/new";
        }
        Vendor vendor = register.register(form);
        redirect.addFlashAttribute("notice", "Vendor " + vendor.name() + " registered");
        return "redirect:/vendors/" + vendor.id();
    }

    @PostMapping("/vendors/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UpdateVendorCommand form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("vendor", register.get(id));
            model.addAttribute("statuses", VendorStatus.values());
            return "vendors/show";
        }
        register.update(id, form);
        redirect.addFlashAttribute("notice", "Vendor updated");
        return "redirect:/vendors/" + id;
    }
}
