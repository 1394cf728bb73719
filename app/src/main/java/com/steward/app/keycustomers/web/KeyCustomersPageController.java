package com.steward.app.keycustomers.web;

import com.steward.app.keycustomers.CallOutcome;
import com.steward.app.keycustomers.KeyAccountImportException;
import com.steward.app.keycustomers.KeyAccountInput;
import com.steward.app.keycustomers.KeyAccounts;
import com.steward.app.keycustomers.KeyCustomerSample;
import com.steward.app.keycustomers.KeyCustomerSamples;
import com.steward.app.keycustomers.OutcomeInput;
import com.steward.app.keycustomers.SampleInput;
import com.steward.app.keycustomers.Tier;
import com.steward.app.security.Roles;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    KeyCustomersPageController(KeyAccounts accounts, KeyCustomerSamples samples, VendorRegister vendors) {
        this.accounts = accounts;
        this.samples = samples;
        this.vendors = vendors;
    }

    @GetMapping("/govern/key-customers")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("tiers", Tier.values());
        return "keycustomers/accounts";
    }

    @PostMapping("/govern/key-customers/accounts")
    @PreAuthorize(EDITORS)
    String add(
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Tier tier,
            @RequestParam(required = false) String accountOwner,
            RedirectAttributes redirect) {
        try {
            var created = accounts.add(new KeyAccountInput(customerId, name, tier, accountOwner));
            redirect.addFlashAttribute("notice", "Key account " + created.name() + " added");
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/govern/key-customers";
    }

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
        model.addAttribute("defaultMonth", YearMonth.now().minusMonths(1));
        model.addAttribute("defaultSize", samples.defaultSampleSize());
        return "keycustomers/samples";
    }

    @PostMapping("/govern/key-customers/samples")
    @PreAuthorize(EDITORS)
    String draw(
            @RequestParam(required = false) Long vendorId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) Integer sampleSize,
            @RequestParam(required = false) Long seed,
            @RequestParam(required = false) List<Long> assigneeIds,
            RedirectAttributes redirect) {
        try {
            KeyCustomerSample created = samples.draw(new SampleInput(vendorId, month, sampleSize, seed, assigneeIds));
            redirect.addFlashAttribute(
                    "notice",
                    created.sampleSize() + " of " + created.population() + " key customers sampled for "
                            + created.vendorName() + ", " + created.month());
            return "redirect:/govern/key-customers/samples/" + created.id();
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/govern/key-customers/samples";
        }
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
            @RequestParam(required = false) Long sampleId,
            @RequestParam(required = false) CallOutcome outcome,
            @RequestParam(required = false) Integer satisfaction,
            @RequestParam(required = false) String feedback,
            @RequestParam(required = false, defaultValue = "false") boolean followUp,
            RedirectAttributes redirect) {
        try {
            var call = samples.recordOutcome(id, new OutcomeInput(outcome, satisfaction, feedback, followUp));
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
