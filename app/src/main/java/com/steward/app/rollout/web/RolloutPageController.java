package com.steward.app.rollout.web;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.app.forms.FormModel;
import com.steward.app.lists.ListFilter;
import com.steward.app.lists.Pager;
import com.steward.app.rollout.Decision;
import com.steward.app.rollout.DecisionInput;
import com.steward.app.rollout.Gate;
import com.steward.app.rollout.PhaseComparison;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final TransitionPlans plans;
    private final VendorRegister vendors;
    private final ObjectMapper json;

    RolloutPageController(TransitionPlans plans, VendorRegister vendors, ObjectMapper json) {
        this.plans = plans;
        this.vendors = vendors;
        this.json = json;
    }

    @GetMapping("/transition/plans")
    String list(@ModelAttribute("filter") ListFilter filter, Model model) {
        List<TransitionPlan> matching = plans.visiblePlans().stream()
                .filter(p -> filter.matches(p.name(), p.vendorName()))
                .toList();
        Map<String, @Nullable String> kept = new LinkedHashMap<>();
        kept.put("q", filter.q());
        Pager pager = Pager.of("/transition/plans", kept, filter.pageIndex(), matching.size());
        model.addAttribute("plans", pager.rows(matching));
        model.addAttribute("pager", pager);
        return "rollout/list";
    }

    @GetMapping("/transition/plans/new")
    @PreAuthorize(MANAGERS)
    String newPlan(Model model) {
        model.addAttribute("planForm", PlanForm.blank());
        return form(model);
    }

    /**
     * Saves the plan, or, when an editor button was pressed ({@code edit=add|up-p|down-p|remove-p}), shows the
     * form again with the phases added, moved or removed and everything typed kept.
     */
    @PostMapping("/transition/plans")
    @PreAuthorize(MANAGERS)
    String create(
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult errors,
            @RequestParam(name = "edit", required = false) @Nullable String edit,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (edit != null && model.getAttribute("planForm") != null) {
            // An editor action is not a submission: the edited form replaces the bound one, without its errors.
            model.addAttribute("planForm", form.edited(edit));
            return form(model);
        }
        if (!errors.hasErrors()) {
            try {
                TransitionPlan created = plans.create(form.toInput());
                redirect.addFlashAttribute("notice", "Transition plan " + created.name() + " created");
                return "redirect:/transition/plans/" + created.id();
            } catch (InvalidRequestException e) {
                errors.reject("refused", readable(e));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        FormModel.ensure(model, "planForm", PlanForm.blank());
        return form(model);
    }

    /** The service's rule in words: "phases.start: ..." reads "Phases: ...". */
    private static String readable(InvalidRequestException e) {
        String message = e.getMessage() == null ? "Not a valid plan" : e.getMessage();
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
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
            @ModelAttribute DecisionInput form,
            BindingResult errors,
            RedirectAttributes redirect) {
        var pp = plans.phase(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("notice", "Not recorded: choose a decision and say why");
            return "redirect:/transition/plans/" + pp.plan().id();
        }
        try {
            var recorded = plans.decide(id, form);
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

    private String form(Model model) {
        model.addAttribute("vendors", vendors.visibleVendors());
        model.addAttribute(
                "vendorNames", vendors.visibleVendors().stream().collect(Collectors.toMap(Vendor::id, Vendor::name)));
        model.addAttribute(
                "metrics",
                KpiCatalogue.metrics().stream()
                        .filter(m -> m.shape() == KpiCatalogue.Shape.PROPORTION || m.shape() == KpiCatalogue.Shape.MEAN)
                        .map(KpiCatalogue.Metric::id)
                        .toList());
        model.addAttribute("bases", Gate.Basis.values());
        model.addAttribute("comparisons", Gate.Comparison.values());
        return "rollout/form";
    }
}
