package com.steward.app.vendors.web;

import com.steward.app.lists.ListFilter;
import com.steward.app.lists.Pager;
import com.steward.app.security.Roles;
import com.steward.app.vendors.AddVendorContactCommand;
import com.steward.app.vendors.DocumentType;
import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.UpdateVendorCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorDocument;
import com.steward.app.vendors.VendorDocuments;
import com.steward.app.vendors.VendorProfile;
import com.steward.app.vendors.VendorProfileForm;
import com.steward.app.vendors.VendorProfiles;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.vendors.VendorStatus;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendor register pages. Every role may look (scoped by {@code VendorRegister}); managers change. */
@Controller
class VendorPageController {

    private final VendorRegister register;
    private final VendorProfiles profiles;
    private final VendorDocuments documents;

    VendorPageController(VendorRegister register, VendorProfiles profiles, VendorDocuments documents) {
        this.register = register;
        this.profiles = profiles;
        this.documents = documents;
    }

    /** The vendors, filtered by name or code and status, 50 a page. */
    @GetMapping("/vendors")
    String list(@ModelAttribute("filter") VendorFilter filter, Model model) {
        ListFilter text = new ListFilter(filter.q(), filter.page());
        List<Vendor> matching = register.visibleVendors().stream()
                .filter(v -> text.matches(v.name(), v.code()))
                .filter(v -> filter.status() == null || v.status() == filter.status())
                .toList();
        Map<String, @Nullable String> kept = new LinkedHashMap<>();
        kept.put("q", text.q());
        kept.put("status", filter.status() == null ? null : filter.status().name());
        Pager pager = Pager.of("/vendors", kept, text.pageIndex(), matching.size());
        model.addAttribute("vendors", pager.rows(matching));
        model.addAttribute("pager", pager);
        model.addAttribute("statuses", VendorStatus.values());
        return "vendors/list";
    }

    @GetMapping("/vendors/{id}")
    String show(@PathVariable long id, Model model) {
        Vendor vendor = register.get(id);
        model.addAttribute("form", new UpdateVendorCommand(vendor.name(), vendor.status()));
        return show(vendor, model);
    }

    private String show(Vendor vendor, Model model) {
        model.addAttribute("vendor", vendor);
        model.addAttribute("statuses", VendorStatus.values());
        VendorProfile profile = profiles.profile(vendor.id());
        model.addAttribute("profile", profile);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", VendorProfileForm.of(profile));
        }
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new AddVendorContactCommand("", "", "", ""));
        }
        model.addAttribute("contacts", profiles.contacts(vendor.id()));
        model.addAttribute("documents", documents.documents(vendor.id()));
        model.addAttribute("statusChanges", profiles.statusChanges(vendor.id()));
        model.addAttribute("allowedTypes", DocumentType.allowedList());
        model.addAttribute("maxMegabytes", documents.maxBytes() / (1024 * 1024));
        return "vendors/show";
    }

    @PostMapping("/vendors/{id}/profile")
    @PreAuthorize(Roles.MANAGERS)
    String updateProfile(
            @PathVariable long id,
            @Valid @ModelAttribute("profileForm") VendorProfileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Vendor vendor = register.get(id);
        if (errors.hasErrors()) {
            model.addAttribute("form", new UpdateVendorCommand(vendor.name(), vendor.status()));
            return show(vendor, model);
        }
        profiles.updateProfile(id, form.toCommand());
        redirect.addFlashAttribute("notice", "Profile saved");
        return "redirect:/vendors/" + id;
    }

    @PostMapping("/vendors/{id}/contacts")
    @PreAuthorize(Roles.MANAGERS)
    String addContact(
            @PathVariable long id,
            @Valid @ModelAttribute("contactForm") AddVendorContactCommand form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Vendor vendor = register.get(id);
        if (errors.hasErrors()) {
            model.addAttribute("form", new UpdateVendorCommand(vendor.name(), vendor.status()));
            return show(vendor, model);
        }
        profiles.addContact(id, form);
        redirect.addFlashAttribute("notice", "Contact added");
        return "redirect:/vendors/" + id;
    }

    @PostMapping("/vendors/{id}/contacts/{contactId}/delete")
    @PreAuthorize(Roles.MANAGERS)
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
        profiles.removeContact(id, contactId);
        redirect.addFlashAttribute("notice", "Contact removed");
        return "redirect:/vendors/" + id;
    }

    @PostMapping("/vendors/{id}/documents")
    @PreAuthorize(Roles.MANAGERS_AND_VENDORS)
    String upload(
            @PathVariable long id,
            HttpServletRequest request,
            @RequestParam(name = "description", required = false) @Nullable String description,
            @RequestParam(name = "shareWithVendor", defaultValue = "false") boolean shareWithVendor,
            RedirectAttributes redirect) {
        register.get(id);
        try {
            VendorDocument document = documents.upload(
                    id,
                    VendorDocumentUploadForm.of(VendorDocumentUploadForm.file(request), description, shareWithVendor));
            redirect.addFlashAttribute("notice", "Uploaded " + document.fileName());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("uploadError", e.getMessage());
        }
        return "redirect:/vendors/" + id + "#documents";
    }

    @GetMapping("/vendors/{id}/documents/{documentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
        return VendorDocumentUploadForm.send(documents.download(id, documentId));
    }

    @PostMapping("/vendors/{id}/documents/{documentId}/delete")
    @PreAuthorize(Roles.MANAGERS)
    String deleteDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        documents.delete(id, documentId);
        redirect.addFlashAttribute("notice", "Document deleted");
        return "redirect:/vendors/" + id + "#documents";
    }

    @GetMapping("/vendors/new")
    @PreAuthorize(Roles.MANAGERS)
    String newVendor(Model model) {
        model.addAttribute("form", new RegisterVendorCommand("", "", VendorStatus.PROSPECT));
        model.addAttribute("statuses", VendorStatus.values());
        return "vendors/new";
    }

    @PostMapping("/vendors")
    @PreAuthorize(Roles.MANAGERS)
    String create(
            @Valid @ModelAttribute("form") RegisterVendorCommand form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("statuses", VendorStatus.values());
            return "vendors/new";
        }
        Vendor vendor;
        try {
            vendor = register.register(form);
        } catch (ConflictException e) {
            // The form comes back with what was typed and the error on the code, not a bare 409 page.
            errors.rejectValue("code", "vendor.code.taken", new Object[] {form.code()}, e.getMessage());
            model.addAttribute("statuses", VendorStatus.values());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "vendors/new";
        }
        redirect.addFlashAttribute("notice", "Vendor " + vendor.name() + " registered");
        return "redirect:/vendors/" + vendor.id();
    }

    @PostMapping("/vendors/{id}")
    @PreAuthorize(Roles.MANAGERS)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UpdateVendorCommand form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(register.get(id), model);
        }
        register.update(id, form);
        redirect.addFlashAttribute("notice", "Vendor updated");
        return "redirect:/vendors/" + id;
    }
}
