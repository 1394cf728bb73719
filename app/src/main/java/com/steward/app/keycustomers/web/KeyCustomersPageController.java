package com.steward.app.keycustomers.web;

import com.steward.app.forms.FormModel;
import com.steward.app.keycustomers.CallOutcome;
import com.steward.app.keycustomers.KeyAccount;
import com.steward.app.keycustomers.KeyAccountImportException;
import com.steward.app.keycustomers.KeyAccountInput;
import com.steward.app.keycustomers.KeyAccounts;
import com.steward.app.keycustomers.KeyCustomerSample;
import com.steward.app.keycustomers.KeyCustomerSamples;
import com.steward.app.keycustomers.OutcomeInput;
import com.steward.app.keycustomers.SampleInput;
import com.steward.app.keycustomers.Tier;
import com.steward.app.lists.ListFilter;
import com.steward.app.lists.Pager;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Key-customer pages for client staff: the key accounts, monthly samples and the calls with their outcomes. */
@Controller
@PreAuthorize(Roles.STAFF)
class KeyCustomersPageController {

    private static final String EDITORS = Roles.ANALYSTS;

    private final KeyAccounts accounts;
    private final KeyCustomerSamples samples;
    private final VendorRegister vendors;
    private final Clock clock;

    KeyCustomersPageController(KeyAccounts accounts, KeyCustomerSamples samples, VendorRegister vendors, Clock clock) {
        this.accounts = accounts;
        this.samples = samples;
        this.vendors = vendors;
        this.clock = clock;
    }

    @GetMapping("/govern/key-customers")
    String accounts(@ModelAttribute("filter") ListFilter filter, Model model) {
        List<KeyAccount> matching = accounts.list().stream()
                .filter(a -> filter.matches(a.customerId(), a.name(), a.accountOwner()))
                .toList();
        Map<String, @Nullable String> kept = new LinkedHashMap<>();
        kept.put("q", filter.q());
        Pager pager = Pager.of("/govern/key-customers", kept, filter.pageIndex(), matching.size());
        model.addAttribute("accounts", pager.rows(matching));
        model.addAttribute("pager", pager);
        model.addAttribute("tiers", Tier.values());
        FormModel.ensure(model, "accountForm", new KeyAccountInput("", "", null, ""));
        return "keycustomers/accounts";
    }

    @PostMapping("/govern/key-customers/accounts")
    @PreAuthorize(EDITORS)
    String add(
            @ModelAttribute("accountForm") KeyAccountInput form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var created = accounts.add(form);
                redirect.addFlashAttribute("notice", "Key account " + created.name() + " added");
                return "redirect:/govern/key-customers";
            } catch (InvalidRequestException e) {
                reject(errors, e.field(), e.getMessage());
            } catch (ConflictException e) {
                reject(errors, "customerId", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return accounts(new ListFilter(null, null), model);
    }

    /** A service's refusal beside its field when the form has one, else above the form. */
    private static void reject(BindingResult errors, @Nullable String field, @Nullable String message) {
        String text = message == null ? "Not a valid value." : message;
        if (field != null && errors.getTarget() != null && FIELDS.contains(field)) {
            errors.rejectValue(field, "refused", text);
        } else {
            errors.reject("refused", text);
        }
    }

    private static final Set<String> FIELDS = Set.of(
            "customerId", "name", "tier", "accountOwner", "vendorId", "month", "sampleSize", "seed", "assigneeIds");

    @PostMapping("/govern/key-customers/accounts/import")
    @PreAuthorize(EDITORS)
    String importCsv(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String csv,
            RedirectAttributes redirect)
            throws IOException {
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
        try {
            var summary = accounts.importCsv(text);
            redirect.addFlashAttribute(
                    "notice", "Imported: " + summary.added() + " added, " + summary.updated() + " updated");
        } catch (KeyAccountImportException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/govern/key-customers";
    }

    @PostMapping("/govern/key-customers/accounts/{id}/delete")
    @PreAuthorize(EDITORS)
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        accounts.remove(id);
        redirect.addFlashAttribute("notice", "Key account removed");
        return "redirect:/govern/key-customers";
    }

    @GetMapping("/govern/key-customers/samples")
    String samples(Model model) {
        model.addAttribute("samples", samples.samples());
        model.addAttribute(
                "vendors",
                vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList());
        model.addAttribute("staff", samples.assignableStaff());
        model.addAttribute(
                "vendorNames", vendors.visibleVendors().stream().collect(Collectors.toMap(Vendor::id, Vendor::name)));
        FormModel.ensure(
                model,
                "sampleForm",
                new SampleInput(
                        null,
                        YearMonth.now(clock).minusMonths(1).toString(),
                        samples.defaultSampleSize(),
                        null,
                        List.of()));
        return "keycustomers/samples";
    }

    @PostMapping("/govern/key-customers/samples")
    @PreAuthorize(EDITORS)
    String draw(
            @ModelAttribute("sampleForm") SampleInput form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                KeyCustomerSample created = samples.draw(form);
                redirect.addFlashAttribute(
                        "notice",
                        created.sampleSize() + " of " + created.population() + " key customers sampled for "
                                + created.vendorName() + ", " + created.month());
                return "redirect:/govern/key-customers/samples/" + created.id();
            } catch (InvalidRequestException e) {
                reject(errors, e.field(), e.getMessage());
            } catch (ConflictException e) {
                reject(errors, null, e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return samples(model);
    }

    @GetMapping("/govern/key-customers/samples/{id}")
    String sample(@PathVariable long id, Model model) {
        model.addAttribute("sample", samples.sample(id));
        model.addAttribute("summary", samples.summary(id));
        model.addAttribute("outcomes", CallOutcome.values());
        return "keycustomers/sample";
    }

    @PostMapping("/govern/key-customers/calls/{id}")
    @PreAuthorize(EDITORS)
    String record(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long sampleId,
            @ModelAttribute OutcomeInput form,
            RedirectAttributes redirect) {
        try {
            var call = samples.recordOutcome(id, form);
            redirect.addFlashAttribute("notice", "Call to " + call.customerId() + " recorded");
            return "redirect:/govern/key-customers/samples/" + call.sampleId();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return sampleId == null
                    ? "redirect:/govern/key-customers/samples"
                    : "redirect:/govern/key-customers/samples/" + sampleId;
        }
    }
}
