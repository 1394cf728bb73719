package com.steward.app.selection.web;

import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.forms.FormModel;
import com.steward.app.security.Roles;
import com.steward.app.selection.Criterion;
import com.steward.app.selection.LockSelectionCommand;
import com.steward.app.selection.RecordScoresCommand;
import com.steward.app.selection.Selection;
import com.steward.app.selection.SelectionResult;
import com.steward.app.selection.Selections;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Selection pages: the list with the form to open one, and one selection with weights, scores, results and lock.
 * Each form is a validated record; a rejected form (by its validator or by the service) comes back (400) with what
 * was typed and the error beside it.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class SelectionPageController {

    private static final String SHOW = "selection/show";

    private final Selections selections;
    private final VendorRegister vendors;
    private final BusinessCaseScenarios businessCases;

    SelectionPageController(Selections selections, VendorRegister vendors, BusinessCaseScenarios businessCases) {
        this.selections = selections;
        this.vendors = vendors;
        this.businessCases = businessCases;
    }

    @GetMapping("/select/selections")
    String list(Model model) {
        model.addAttribute("selections", selections.all());
        model.addAttribute(
                "candidates",
                vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList());
        List<BusinessCaseScenario> cases = businessCases.all();
        model.addAttribute("businessCases", cases);
        model.addAttribute(
                "caseNames",
                cases.stream().collect(Collectors.toMap(BusinessCaseScenario::id, BusinessCaseScenario::name)));
        FormModel.ensure(model, "newForm", SelectionForms.NewSelection.blank());
        return "selection/list";
    }

    // Bean Validation's @NotNull reads as non-null to NullAway: the lock form starts with no vendor chosen.
    @SuppressWarnings("NullAway")
    @GetMapping("/select/selections/{id}")
    String show(@PathVariable long id, Model model) {
        SelectionResult result = selections.evaluate(id);
        model.addAttribute("result", result);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute(
                "vendorNames",
                result.selection().candidates().stream()
                        .collect(Collectors.toMap(Selection.Candidate::vendorId, Selection.Candidate::vendorName)));
        FormModel.ensure(
                model,
                "weightsForm",
                SelectionForms.Weights.of(result.selection().weights()));
        FormModel.ensure(model, "scoresForm", SelectionForms.Scores.of(selections.myScores(id)));
        FormModel.ensure(model, "lockForm", new LockSelectionCommand(null, "", ""));
        return SHOW;
    }

    private String rejected(long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, model);
    }

    /** A service's refusal is shown beside the form's first field, or above the form when it names none. */
    private static void refused(BindingResult errors, InvalidRequestException e, String fallbackField) {
        errors.rejectValue(fallbackField, "refused", SelectionForms.words(e));
    }

    @PostMapping("/select/selections")
    @PreAuthorize(Roles.MANAGERS)
    String create(
            @Valid @ModelAttribute("newForm") SelectionForms.NewSelection form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Selection created = selections.create(form.toCommand());
                redirect.addFlashAttribute("notice", "Selection opened");
                return "redirect:/select/selections/" + created.id();
            } catch (InvalidRequestException e) {
                refused(errors, e, "vendorIds");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return list(model);
    }

    @PostMapping("/select/selections/{id}/weights")
    @PreAuthorize(Roles.MANAGERS)
    String weights(
            @PathVariable long id,
            @Valid @ModelAttribute("weightsForm") SelectionForms.Weights form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                selections.setWeights(id, form.toCommand());
                redirect.addFlashAttribute("notice", "Weights saved");
                return "redirect:/select/selections/" + id + "#weights";
            } catch (InvalidRequestException e) {
                errors.reject("refused", "Weights: " + SelectionForms.words(e));
            }
        }
        return rejected(id, model, response);
    }

    @PostMapping("/select/selections/{id}/scores")
    @PreAuthorize(Roles.ANALYSTS)
    String scores(
            @PathVariable long id,
            @Valid @ModelAttribute("scoresForm") SelectionForms.Scores form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            List<Long> candidates = selections.evaluate(id).selection().candidates().stream()
                    .map(Selection.Candidate::vendorId)
                    .toList();
            List<RecordScoresCommand.Entry> entries = form.entries(candidates);
            if (entries.isEmpty()) {
                errors.reject("selection.scores.none", "Enter at least one score.");
            } else {
                try {
                    selections.recordScores(id, new RecordScoresCommand(entries));
                    redirect.addFlashAttribute("notice", "Your scores are saved");
                    return "redirect:/select/selections/" + id + "#scores";
                } catch (InvalidRequestException e) {
                    errors.reject("refused", SelectionForms.words(e));
                }
            }
        }
        return rejected(id, model, response);
    }

    @PostMapping("/select/selections/{id}/lock")
    @PreAuthorize(Roles.MANAGERS)
    String lock(
            @PathVariable long id,
            @Valid @ModelAttribute("lockForm") LockSelectionCommand form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                selections.lock(id, form);
                redirect.addFlashAttribute("notice", "Selection decided and locked");
                return "redirect:/select/selections/" + id + "#decision";
            } catch (InvalidRequestException e) {
                refused(errors, e, "chosenVendorId");
            }
        }
        return rejected(id, model, response);
    }
}
