package com.steward.app.selection.web;

import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.security.Roles;
import com.steward.app.selection.CreateSelectionCommand;
import com.steward.app.selection.Criterion;
import com.steward.app.selection.LockSelectionCommand;
import com.steward.app.selection.RecordScoresCommand;
import com.steward.app.selection.Selections;
import com.steward.app.selection.SetWeightsCommand;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Selection pages: the list with the form to open one, and one selection with weights, scores, results and lock. */
@Controller
@PreAuthorize(Roles.STAFF)
class SelectionPageController {

    private final Selections selections;
    private final VendorRegister vendors;
    private final BusinessCaseScenarios businessCases;
    private final Validator validator;

    SelectionPageController(
            Selections selections, VendorRegister vendors, BusinessCaseScenarios businessCases, Validator validator) {
        this.selections = selections;
        this.vendors = vendors;
        this.businessCases = businessCases;
        this.validator = validator;
    }

    @GetMapping("/select/selections")
    String list(Model model) {
        model.addAttribute("selections", selections.all());
        model.addAttribute(
                "candidates",
                vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList());
        model.addAttribute("businessCases", businessCases.all());
        return "selection/list";
    }

    @GetMapping("/select/selections/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("result", selections.evaluate(id));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("myScores", selections.myScores(id));
        return "selection/show";
    }

    private <T> T valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(
                    violations.iterator().next().getPropertyPath().toString(),
                    violations.stream()
                            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        return command;
    }

    private static Double number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, field + ": '" + value + "' is not a number");
        }
    }

    private String attempt(String target, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:" + target;
    }

    @PostMapping("/select/selections")
    @PreAuthorize(Roles.MANAGERS)
    String create(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        long[] created = {0};
        String target = attempt(
                "/select/selections",
                redirect,
                () -> {
                    List<Long> ids = new ArrayList<>();
                    for (String v : form.getOrDefault("vendorIds", List.of())) {
                        ids.add(Long.valueOf(v));
                    }
                    Double caseId = number(form.getFirst("businessCaseId"), "businessCaseId");
                    Map<Long, String> offers = new HashMap<>();
                    form.forEach((key, values) -> {
                        if (key.startsWith("offer-")
                                && !values.isEmpty()
                                && !values.getFirst().isBlank()) {
                            offers.put(Long.valueOf(key.substring("offer-".length())), values.getFirst());
                        }
                    });
                    created[0] = selections
                            .create(valid(new CreateSelectionCommand(
                                    form.getFirst("name"), ids, caseId == null ? null : caseId.longValue(), offers)))
                            .id();
                },
                "Selection opened");
        return created[0] > 0 ? "redirect:/select/selections/" + created[0] : target;
    }

    @PostMapping("/select/selections/{id}/weights")
    @PreAuthorize(Roles.MANAGERS)
    String weights(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return attempt(
                "/select/selections/" + id + "#weights",
                redirect,
                () -> {
                    Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
                    for (Criterion c : Criterion.values()) {
                        Double w = number(form.get("weight-" + c.name()), "weights");
                        weights.put(c, w == null ? 0 : w);
                    }
                    selections.setWeights(id, valid(new SetWeightsCommand(weights)));
                },
                "Weights saved");
    }

    @PostMapping("/select/selections/{id}/scores")
    @PreAuthorize(Roles.ANALYSTS)
    String scores(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return attempt(
                "/select/selections/" + id + "#scores",
                redirect,
                () -> {
                    List<RecordScoresCommand.Entry> entries = new ArrayList<>();
                    form.forEach((key, value) -> {
                        // score-<vendorId>-<CRITERION>
                        if (key.startsWith("score-") && value != null && !value.isBlank()) {
                            String[] parts = key.split("-", 3);
                            entries.add(new RecordScoresCommand.Entry(
                                    Long.valueOf(parts[1]), Criterion.valueOf(parts[2]), number(value, "scores")));
                        }
                    });
                    if (entries.isEmpty()) {
                        throw new InvalidRequestException("scores", "scores: enter at least one score");
                    }
                    selections.recordScores(id, valid(new RecordScoresCommand(entries)));
                },
                "Your scores are saved");
    }

    @PostMapping("/select/selections/{id}/lock")
    @PreAuthorize(Roles.MANAGERS)
    String lock(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return attempt(
                "/select/selections/" + id + "#decision",
                redirect,
                () -> {
                    Double chosen = number(form.get("chosenVendorId"), "chosenVendorId");
                    selections.lock(
                            id,
                            valid(new LockSelectionCommand(
                                    chosen == null ? null : chosen.longValue(),
                                    form.get("decision"),
                                    form.get("rationale"))));
                },
                "Selection decided and locked");
    }
}
