package com.steward.app.rollout.web;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.app.rollout.Decision;
import com.steward.app.rollout.DecisionInput;
import com.steward.app.rollout.Gate;
import com.steward.app.rollout.PhaseComparison;
import com.steward.app.rollout.PlanInput;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.security.Roles;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Transition pages: plans (every role; a VENDOR user its own vendor's), a plan with its gate results and decisions,
 * the pilot-versus-in-house comparison (client staff). Managers create plans and record decisions.
 */
@Controller
class RolloutPageController {

    private static final String MANAGERS = Roles.MANAGERS;
    private static final String STAFF = Roles.STAFF;

    /** Gate rows of the new-plan form. */
    static final int GATE_ROWS = 3;

    /** Phase slots on the new-plan form (a pilot, then the waves); blank slots are skipped. */
    static final int PHASE_SLOTS = 3;

    private final TransitionPlans plans;
    private final VendorRegister vendors;
    private final ObjectMapper json;

    RolloutPageController(TransitionPlans plans, VendorRegister vendors, ObjectMapper json) {
        this.plans = plans;
        this.vendors = vendors;
        this.json = json;
    }

    @GetMapping("/transition/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.visiblePlans());
        return "rollout/list";
    }

    @GetMapping("/transition/plans/new")
    @PreAuthorize(MANAGERS)
    String newPlan(Model model) {
        return form(model, null);
    }

    @PostMapping("/transition/plans")
    @PreAuthorize(MANAGERS)
    String create(
            @RequestParam long vendorId,
            @RequestParam String name,
            @RequestParam(required = false) List<String> phaseName,
            @RequestParam(required = false) List<String> queues,
            @RequestParam(required = false) List<String> regions,
            @RequestParam(required = false) List<String> sharePercent,
            @RequestParam(required = false) List<String> start,
            @RequestParam(required = false) List<String> end,
            @RequestParam(required = false) List<String> gatePhase,
            @RequestParam(required = false) List<String> gateMetric,
            @RequestParam(required = false) List<String> gateBasis,
            @RequestParam(required = false) List<String> gateComparison,
            @RequestParam(required = false) List<String> gateThreshold,
            Model model,
            RedirectAttributes redirect) {
        try {
            // Phases in the order of the form; a phase slot left without a name and dates is skipped.
            List<PlanInput.PhaseInput> phases = new ArrayList<>();
            int slots = start == null ? 0 : start.size();
            for (int p = 0; p < slots; p++) {
                if (p > 0
                        && at(phaseName, p).isBlank()
                        && at(start, p).isBlank()
                        && at(end, p).isBlank()) {
                    continue;
                }
                List<PlanInput.GateInput> gates = new ArrayList<>();
                int rows = gateMetric == null ? 0 : gateMetric.size();
                for (int i = 0; i < rows; i++) {
                    String metric = gateMetric.get(i);
                    String threshold = at(gateThreshold, i);
                    boolean ofThisPhase = at(gatePhase, i).isBlank()
                            ? p == 0
                            : at(gatePhase, i).equals(Integer.toString(p));
                    if (!ofThisPhase || metric == null || metric.isBlank() || threshold.isBlank()) {
                        continue;
                    }
                    double value;
                    try {
                        value = Double.parseDouble(threshold.strip());
                    } catch (NumberFormatException e) {
                        throw new InvalidRequestException(
                                "gateThreshold", "Gate threshold '" + threshold + "' is not a number");
                    }
                    gates.add(new PlanInput.GateInput(
                            metric,
                            Gate.Basis.valueOf(at(gateBasis, i).isBlank() ? "RELATIVE" : at(gateBasis, i)),
                            Gate.Comparison.valueOf(
                                    at(gateComparison, i).isBlank() ? "AT_LEAST" : at(gateComparison, i)),
                            value));
                }
                phases.add(new PlanInput.PhaseInput(
                        at(phaseName, p).isBlank() ? null : at(phaseName, p),
                        split(at(queues, p)),
                        split(at(regions, p)),
                        number(at(sharePercent, p), 100, "Share of traffic of phase " + (p + 1)) / 100,
                        date(at(start, p), "Start of phase " + (p + 1)),
                        date(at(end, p), "End of phase " + (p + 1)),
                        gates));
            }
            TransitionPlan created = plans.create(new PlanInput(vendorId, null, name, phases));
            redirect.addFlashAttribute("notice", "Transition plan " + created.name() + " created");
            return "redirect:/transition/plans/" + created.id();
        } catch (InvalidRequestException e) {
            return form(model, e.getMessage());
        }
    }

    private static LocalDate date(String text, String what) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("start", what + ": enter a date");
        }
    }

    private static double number(String text, double blank, String what) {
        try {
            return text.isBlank() ? blank : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("sharePercent", what + ": enter a number");
        }
    }

    @GetMapping("/transition/plans/{id}")
    String show(@PathVariable long id, Model model) {
        TransitionPlan plan = plans.get(id);
        Map<Long, Object> evaluations = new LinkedHashMap<>();
        Map<Long, Object> decisions = new LinkedHashMap<>();
        for (var phase : plan.phases()) {
            evaluations.put(phase.id(), plans.evaluate(phase.id()));
            decisions.put(phase.id(), plans.decisions(phase.id()));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("evaluations", evaluations);
        model.addAttribute("decisions", decisions);
        model.addAttribute("choices", Decision.values());
        return "rollout/show";
    }

    @PostMapping("/transition/phases/{id}/decisions")
    @PreAuthorize(MANAGERS)
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) String rationale,
            RedirectAttributes redirect) {
        var pp = plans.phase(id);
        try {
            var recorded = plans.decide(id, new DecisionInput(decision, rationale));
            redirect.addFlashAttribute(
                    "notice",
                    "Decision " + recorded.decision() + " recorded for "
                            + pp.phase().name());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("notice", "Not recorded: " + e.getMessage());
        }
        return "redirect:/transition/plans/" + pp.plan().id();
    }

    @GetMapping("/transition/phases/{id}/comparison")
    @PreAuthorize(STAFF)
    String comparison(@PathVariable long id, Model model) {
        PhaseComparison comparison = plans.compare(id);
        List<Map<String, Object>> chart = new ArrayList<>();
        for (PhaseComparison.Row row : comparison.rows()) {
            if (row.difference() == null || !row.rate()) {
                continue;
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("metric", row.metric());
            point.put(
                    "difference",
                    List.of(
                            row.difference().estimate(),
                            row.difference().low(),
                            row.difference().high()));
            if (row.did() != null) {
                point.put(
                        "did",
                        List.of(
                                row.did().estimate().estimate(),
                                row.did().estimate().low(),
                                row.did().estimate().high()));
            }
            if (row.mix() != null) {
                point.put(
                        "mix",
                        List.of(
                                row.mix().difference().estimate(),
                                row.mix().difference().low(),
                                row.mix().difference().high()));
            }
            chart.add(point);
        }
        model.addAttribute("comparison", comparison);
        model.addAttribute("chartJson", json.writeValueAsString(Map.of("type", "pilot-differences", "rows", chart)));
        return "rollout/comparison";
    }

    private String form(Model model, String error) {
        model.addAttribute("vendors", vendors.visibleVendors());
        model.addAttribute(
                "metrics",
                KpiCatalogue.metrics().stream()
                        .filter(m -> m.shape() == KpiCatalogue.Shape.PROPORTION || m.shape() == KpiCatalogue.Shape.MEAN)
                        .map(KpiCatalogue.Metric::id)
                        .toList());
        model.addAttribute(
                "gateRows",
                java.util.stream.IntStream.range(0, GATE_ROWS).boxed().toList());
        model.addAttribute(
                "phaseSlots",
                java.util.stream.IntStream.range(0, PHASE_SLOTS).boxed().toList());
        model.addAttribute("error", error);
        return "rollout/form";
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
