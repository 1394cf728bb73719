package com.steward.app.renewal.web;

import com.steward.app.renewal.DecisionInput;
import com.steward.app.renewal.DecisionOption;
import com.steward.app.renewal.ExitDecision;
import com.steward.app.renewal.MilestoneInput;
import com.steward.app.renewal.MilestoneStatus;
import com.steward.app.renewal.MilestoneUpdate;
import com.steward.app.renewal.OptionsEvaluation;
import com.steward.app.renewal.OptionsInput;
import com.steward.app.renewal.PlanInput;
import com.steward.app.renewal.PlanStatus;
import com.steward.app.renewal.PlanStatusInput;
import com.steward.app.renewal.RemediationPlan;
import com.steward.app.renewal.Renewals;
import com.steward.app.renewal.Side;
import com.steward.app.renewal.StoredComparison;
import com.steward.app.renewal.UnderPerformanceHistory;
import com.steward.app.security.Roles;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.PricingModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Switch-or-renew pages: the overview and a contract's under-performance history with its remediation plans (every
 * role; a VENDOR user its own vendor's contracts, and may mark its side's milestones done), the option comparison and
 * the decisions (client staff; managers store and decide), and a printable decision record.
 */
@Controller
class RenewalPageController {

    private static final String MANAGERS = Roles.MANAGERS;
    private static final String STAFF = Roles.STAFF;
    private static final String MILESTONE_EDITORS = Roles.MANAGERS_AND_VENDORS;

    /** Milestone rows of the new-plan form. */
    static final int MILESTONE_ROWS = 4;

    private final Renewals renewals;
    private final ObjectMapper json;
    private final Clock clock;

    private final ZoneId zone;

    RenewalPageController(
            Renewals renewals,
            ObjectMapper json,
            Clock clock,
            @Value("${steward.reviews.zone:Europe/Berlin}") String zone) {
        this.renewals = renewals;
        this.json = json;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/govern/renewal")
    String overview(Model model) {
        model.addAttribute("lines", renewals.overview());
        // the same list and the same day as the home page's attention list
        model.addAttribute("ending", renewals.endingSoon(LocalDate.now(clock.withZone(zone))));
        model.addAttribute("endingWithinDays", Renewals.ENDING_WITHIN_DAYS);
        return "renewal/list";
    }

    @GetMapping("/govern/renewal/contracts/{id}")
    String contract(@PathVariable long id, Model model) {
        UnderPerformanceHistory history = renewals.history(id);
        Map<String, Object> chart = new LinkedHashMap<>();
        // one figure per month: published runs and months recorded by hand as two series on one axis of months
        TreeSet<String> months = new TreeSet<>();
        history.periods().forEach(p -> months.add(p.period()));
        Map<String, Double> recorded = new HashMap<>();
        Map<String, Double> lake = new HashMap<>();
        history.periods().forEach(p -> (p.recordedByHand() ? recorded : lake).put(p.period(), p.score()));
        chart.put("type", "renewal-history");
        chart.put("labels", List.copyOf(months));
        chart.put("recorded", months.stream().map(recorded::get).toList());
        chart.put("published", months.stream().map(lake::get).toList());
        chart.put("threshold", history.thresholdScore());
        model.addAttribute("history", history);
        model.addAttribute("chartJson", json.writeValueAsString(chart));
        model.addAttribute("plans", renewals.plans(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "milestoneRows", IntStream.range(0, MILESTONE_ROWS).boxed().toList());
        model.addAttribute("sides", Side.values());
        model.addAttribute("planStatuses", PlanStatus.values());
        model.addAttribute("milestoneStatuses", MilestoneStatus.values());
        if (!model.containsAttribute("suggestedReason")) {
            model.addAttribute("suggestedReason", renewals.suggestedReason(id));
        }
        return "renewal/contract";
    }

    @PostMapping("/govern/renewal/contracts/{id}/plans")
    @PreAuthorize(MANAGERS)
    String openPlan(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String openedOn,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) List<String> what,
            @RequestParam(required = false) List<String> side,
            @RequestParam(required = false) List<String> milestoneOwner,
            @RequestParam(required = false) List<String> due,
            RedirectAttributes redirect) {
        try {
            List<MilestoneInput> milestones = new ArrayList<>();
            int rows = what == null ? 0 : what.size();
            for (int i = 0; i < rows; i++) {
                if (at(what, i).isBlank()) {
                    continue;
                }
                milestones.add(new MilestoneInput(
                        at(what, i),
                        side("milestones[" + i + "].side", at(side, i)),
                        at(milestoneOwner, i),
                        date("milestones[" + i + "].due", at(due, i))));
            }
            RemediationPlan plan =
                    renewals.openPlan(id, new PlanInput(reason, date("openedOn", openedOn), owner, milestones));
            redirect.addFlashAttribute(
                    "notice",
                    "Remediation plan opened with " + plan.milestones().size() + " milestones");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("notice", "Not opened: " + e.getMessage());
            redirect.addFlashAttribute("suggestedReason", reason);
        }
        return "redirect:/govern/renewal/contracts/" + id + "#plans";
    }

    @PostMapping("/govern/renewal/plans/{id}/milestones")
    @PreAuthorize(MANAGERS)
    String addMilestone(
            @PathVariable long id,
            @RequestParam(required = false) String what,
            @RequestParam(required = false) Side side,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String due,
            RedirectAttributes redirect) {
        RemediationPlan plan = renewals.plan(id);
        try {
            renewals.addMilestone(id, new MilestoneInput(what, side, owner, date("due", due)));
            redirect.addFlashAttribute("notice", "Milestone added");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("notice", "Not added: " + e.getMessage());
        }
        return "redirect:/govern/renewal/contracts/" + plan.contractId() + "#plan-" + id;
    }

    @PostMapping("/govern/renewal/plans/{id}/status")
    @PreAuthorize(MANAGERS)
    String planStatus(
            @PathVariable long id,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        RemediationPlan plan = renewals.plan(id);
        try {
            RemediationPlan after = renewals.setPlanStatus(id, new PlanStatusInput(status, note));
            redirect.addFlashAttribute("notice", "Plan is now " + after.status());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("notice", "Not changed: " + e.getMessage());
        }
        return "redirect:/govern/renewal/contracts/" + plan.contractId() + "#plan-" + id;
    }

    @PostMapping("/govern/renewal/milestones/{id}")
    @PreAuthorize(MILESTONE_EDITORS)
    String milestone(
            @PathVariable long id,
            @RequestParam(required = false) MilestoneStatus status,
            @RequestParam(required = false) String doneOn,
            @RequestParam(required = false) String evidence,
            RedirectAttributes redirect) {
        try {
            RemediationPlan after =
                    renewals.updateMilestone(id, new MilestoneUpdate(status, date("doneOn", doneOn), evidence));
            redirect.addFlashAttribute("notice", "Milestone updated");
            return "redirect:/govern/renewal/contracts/" + after.contractId() + "#plan-" + after.id();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("notice", "Not updated: " + e.getMessage());
            return "redirect:/govern/renewal";
        }
    }

    // --- options (client staff)

    @GetMapping("/govern/renewal/contracts/{id}/options")
    @PreAuthorize(STAFF)
    String options(@PathVariable long id, @RequestParam(required = false) Long comparison, Model model) {
        UnderPerformanceHistory history = renewals.history(id);
        List<StoredComparison> stored = renewals.comparisons(id);
        OptionsEvaluation evaluation = null;
        if (comparison != null) {
            evaluation = renewals.comparison(comparison);
            if (evaluation.contractId() != id) {
                throw new com.steward.app.web.NotFoundException(
                        "No option comparison " + comparison + " for this contract");
            }
        } else if (!stored.isEmpty()) {
            evaluation = renewals.comparison(stored.getFirst().id());
        }
        OptionsInput form = evaluation != null ? evaluation.inputs() : renewals.defaults(id);
        return optionsPage(model, history, stored, evaluation, form, null);
    }

    @PostMapping("/govern/renewal/contracts/{id}/options/evaluation")
    @PreAuthorize(STAFF)
    String evaluate(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        UnderPerformanceHistory history = renewals.history(id);
        List<StoredComparison> stored = renewals.comparisons(id);
        OptionsInput form = renewals.defaults(id);
        try {
            form = OptionsForm.fromForm(renewals.defaults(id), params);
            return optionsPage(model, history, stored, renewals.evaluate(id, form), form, null);
        } catch (InvalidRequestException e) {
            return optionsPage(model, history, stored, null, form, e.getMessage());
        }
    }

    @PostMapping("/govern/renewal/contracts/{id}/comparisons")
    @PreAuthorize(MANAGERS)
    String save(
            @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        OptionsInput form = renewals.defaults(id);
        try {
            form = OptionsForm.fromForm(form, params);
            StoredComparison saved = renewals.saveComparison(id, form);
            redirect.addFlashAttribute("notice", "Comparison " + saved.name() + " stored");
            return "redirect:/govern/renewal/contracts/" + id + "/options?comparison=" + saved.id();
        } catch (InvalidRequestException e) {
            return optionsPage(model, renewals.history(id), renewals.comparisons(id), null, form, e.getMessage());
        }
    }

    private String optionsPage(
            Model model,
            UnderPerformanceHistory history,
            List<StoredComparison> stored,
            OptionsEvaluation evaluation,
            OptionsInput form,
            String error) {
        model.addAttribute("history", history);
        model.addAttribute("stored", stored);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("form", form.withDefaults());
        model.addAttribute("error", error);
        model.addAttribute("models", PricingModel.values());
        if (evaluation != null) {
            model.addAttribute("chartJson", json.writeValueAsString(costChart(evaluation)));
        }
        return "renewal/options";
    }

    static Map<String, Object> costChart(OptionsEvaluation evaluation) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "renewal-cumulative");
        chart.put(
                "labels",
                IntStream.rangeClosed(1, evaluation.termMonths()).boxed().toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (OptionsEvaluation.Option o : evaluation.options()) {
            series.add(Map.of("kind", o.kind(), "name", o.name(), "values", o.cumulativeCosts()));
        }
        chart.put("series", series);
        return chart;
    }

    // --- decisions (client staff)

    @GetMapping("/govern/renewal/contracts/{id}/decisions")
    @PreAuthorize(STAFF)
    String decisions(@PathVariable long id, Model model) {
        model.addAttribute("history", renewals.history(id));
        model.addAttribute("decisions", renewals.decisions(id));
        model.addAttribute("stored", renewals.comparisons(id));
        model.addAttribute("choices", DecisionOption.values());
        return "renewal/decisions";
    }

    @PostMapping("/govern/renewal/contracts/{id}/decisions")
    @PreAuthorize(MANAGERS)
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) DecisionOption option,
            @RequestParam(required = false) String rationale,
            @RequestParam(required = false) String internalMessage,
            @RequestParam(required = false) String vendorMessage,
            @RequestParam(required = false) Long comparisonId,
            @RequestParam(required = false) Long supersedes,
            RedirectAttributes redirect) {
        try {
            DecisionInput input = new DecisionInput(option, rationale, internalMessage, vendorMessage, comparisonId);
            ExitDecision recorded =
                    supersedes == null ? renewals.decide(id, input) : renewals.supersede(supersedes, input);
            redirect.addFlashAttribute("notice", "Decision " + recorded.option() + " recorded");
            return "redirect:/govern/renewal/decisions/" + recorded.id();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("notice", "Not recorded: " + e.getMessage());
            return "redirect:/govern/renewal/contracts/" + id + "/decisions";
        }
    }

    @GetMapping("/govern/renewal/decisions/{id}")
    @PreAuthorize(STAFF)
    String decision(@PathVariable long id, Model model) {
        ExitDecision decision = renewals.decision(id);
        model.addAttribute("decision", decision);
        if (decision.evidence().comparison() != null) {
            model.addAttribute(
                    "chartJson",
                    json.writeValueAsString(costChart(decision.evidence().comparison())));
        }
        return "renewal/decision";
    }

    // --- form parsing

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + ": '" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static Side side(String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Side.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, field + ": choose CLIENT or VENDOR");
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }
}
