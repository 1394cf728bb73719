package com.steward.app.costing.web;

import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.costing.SavingsRiskRequest;
import com.steward.app.costing.SavingsRiskRequest.DistributionInput;
import com.steward.app.costing.ScenarioEvaluation;
import com.steward.app.lists.ListFilter;
import com.steward.app.lists.Pager;
import com.steward.app.security.Roles;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.SavingsRiskResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Business-case pages: list, create, edit, copy, delete, compare and savings risk. Client staff
 * look; ADMIN, MANAGER and ANALYST change; VENDOR users may not open any of them.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class BusinessCasePageController {

    /** The uncertain inputs of the savings-risk form, in display order, with their labels. */
    static final Map<String, String> UNCERTAIN = uncertain();

    private final BusinessCaseScenarios scenarios;
    private final ObjectMapper json;

    BusinessCasePageController(BusinessCaseScenarios scenarios, ObjectMapper json) {
        this.scenarios = scenarios;
        this.json = json;
    }

    private static Map<String, String> uncertain() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("contactsPerMonth", "Contacts per month");
        u.put("ahtSeconds", "AHT (seconds)");
        u.put("annualAttritionRate", "In-house attrition per year");
        u.put("extraAnnualChurnRate", "Extra customer churn per year");
        u.put("parallelRunMonths", "Ramp length (parallel-run months)");
        return u;
    }

    @GetMapping("/decide/business-cases")
    String list(@ModelAttribute("filter") ListFilter filter, Model model) {
        List<BusinessCaseScenario> matching = scenarios.all().stream()
                .filter(s -> filter.matches(s.name(), s.createdBy()))
                .toList();
        Map<String, @Nullable String> kept = new LinkedHashMap<>();
        kept.put("q", filter.q());
        Pager pager = Pager.of("/decide/business-cases", kept, filter.pageIndex(), matching.size());
        model.addAttribute("scenarios", pager.rows(matching));
        model.addAttribute("pager", pager);
        return "costing/list";
    }

    @GetMapping("/decide/business-cases/new")
    @PreAuthorize(Roles.ANALYSTS)
    String newCase(Model model) {
        return form(model, BusinessCaseInput.template("New business case"), null);
    }

    @PostMapping("/decide/business-cases")
    @PreAuthorize(Roles.ANALYSTS)
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        BusinessCaseInput input = null;
        try {
            input = BusinessCaseForm.parse(params, json);
            BusinessCaseScenario created = scenarios.create(input);
            redirect.addFlashAttribute("notice", "Business case '" + created.name() + "' saved");
            return "redirect:/decide/business-cases/" + created.id();
        } catch (InvalidRequestException e) {
            rejected(model, e);
            form(model, input == null ? BusinessCaseInput.template("") : input.withDefaults(), null);
            return posted(model, params);
        }
    }

    @GetMapping("/decide/business-cases/{id}")
    String show(@PathVariable long id, Model model) {
        BusinessCaseScenario scenario = scenarios.get(id);
        ScenarioEvaluation evaluation = scenarios.evaluate(id);
        model.addAttribute("scenario", scenario);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("sections", BusinessCaseForm.sections(scenario.inputs(), json));
        model.addAttribute("chartJson", cumulativeChart(List.of(evaluation), false));
        return "costing/show";
    }

    @GetMapping("/decide/business-cases/{id}/edit")
    @PreAuthorize(Roles.ANALYSTS)
    String edit(@PathVariable long id, Model model) {
        BusinessCaseScenario scenario = scenarios.get(id);
        return form(model, scenario.inputs(), scenario);
    }

    @PostMapping("/decide/business-cases/{id}")
    @PreAuthorize(Roles.ANALYSTS)
    String update(
            @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        BusinessCaseScenario scenario = scenarios.get(id);
        BusinessCaseInput input = null;
        try {
            input = BusinessCaseForm.parse(params, json);
            scenarios.update(id, input);
            redirect.addFlashAttribute("notice", "Business case updated");
            return "redirect:/decide/business-cases/" + id;
        } catch (InvalidRequestException e) {
            rejected(model, e);
            form(model, input == null ? scenario.inputs() : input.withDefaults(), scenario);
            return posted(model, params);
        }
    }

    @PostMapping("/decide/business-cases/{id}/copy")
    @PreAuthorize(Roles.ANALYSTS)
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        BusinessCaseScenario copy = scenarios.copy(id, null);
        redirect.addFlashAttribute("notice", "Copied as '" + copy.name() + "'");
        return "redirect:/decide/business-cases/" + copy.id();
    }

    @PostMapping("/decide/business-cases/{id}/delete")
    @PreAuthorize(Roles.ANALYSTS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        BusinessCaseScenario scenario = scenarios.get(id);
        scenarios.delete(id);
        redirect.addFlashAttribute("notice", "Business case '" + scenario.name() + "' deleted");
        return "redirect:/decide/business-cases";
    }

    @GetMapping("/decide/business-cases/compare")
    String compare(@RequestParam(required = false) List<Long> ids, Model model) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRequestException("ids", "Tick at least one business case to compare");
        }
        List<ScenarioEvaluation> evaluations = scenarios.compare(ids);
        model.addAttribute("evaluations", evaluations);
        model.addAttribute("chartJson", cumulativeChart(evaluations, true));
        return "costing/compare";
    }

    @GetMapping("/decide/business-cases/{id}/risk")
    String risk(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        BusinessCaseScenario scenario = scenarios.get(id);
        BusinessCaseInput in = scenario.inputs();
        Map<String, String> form = riskDefaults(in);
        params.forEach((k, v) -> {
            if (form.containsKey(k)) {
                form.put(k, v.strip());
            }
        });
        model.addAttribute("scenario", scenario);
        model.addAttribute("form", form);
        model.addAttribute("uncertain", UNCERTAIN);
        model.addAttribute("types", List.of("FIXED", "UNIFORM", "TRIANGULAR", "NORMAL"));
        if (params.containsKey("trials")) {
            try {
                SavingsRiskRequest request = new SavingsRiskRequest(
                        form.get("offerName"),
                        number(form, "savingsTarget"),
                        number(form, "trials") == null
                                ? null
                                : (int) Math.min(Integer.MAX_VALUE, number(form, "trials")),
                        number(form, "seed") == null
                                ? null
                                : number(form, "seed").longValue(),
                        distribution(form, "contactsPerMonth"),
                        distribution(form, "ahtSeconds"),
                        distribution(form, "annualAttritionRate"),
                        distribution(form, "extraAnnualChurnRate"),
                        distribution(form, "parallelRunMonths"));
                SavingsRiskResult result = scenarios.savingsRisk(id, request);
                model.addAttribute("result", result);
                Map<String, Object> chart = new LinkedHashMap<>();
                chart.put("type", "tornado");
                chart.put("target", result.savingsTarget());
                chart.put(
                        "labels",
                        result.tornado().stream()
                                .map(b -> UNCERTAIN.getOrDefault(b.input(), b.input()))
                                .toList());
                chart.put(
                        "low",
                        result.tornado().stream().map(b -> b.savingsAtLow()).toList());
                chart.put(
                        "high",
                        result.tornado().stream().map(b -> b.savingsAtHigh()).toList());
                model.addAttribute("chartJson", json.writeValueAsString(chart));
            } catch (InvalidRequestException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "costing/risk";
    }

    private static Map<String, String> riskDefaults(BusinessCaseInput in) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("offerName", in.offers().isEmpty() ? "" : in.offers().getFirst().name());
        f.put("savingsTarget", "0.15");
        f.put("trials", "10000");
        f.put("seed", "42");
        double contacts = in.workload().contactsPerMonth();
        double aht = in.workload().ahtSeconds();
        double attrition = in.inHouse().annualAttritionRate();
        double churn = in.hiddenCosts().extraAnnualChurnRate();
        int ramp = in.hiddenCosts().parallelRunMonths();
        triangular(f, "contactsPerMonth", contacts * 0.85, contacts, contacts * 1.2);
        triangular(f, "ahtSeconds", aht * 0.9, aht, aht * 1.15);
        triangular(f, "annualAttritionRate", Math.max(0, attrition - 0.1), attrition, attrition + 0.15);
        triangular(f, "extraAnnualChurnRate", churn, churn, Math.min(1, churn + 0.01));
        triangular(f, "parallelRunMonths", Math.max(0, ramp - 1), ramp, ramp + 3);
        return f;
    }

    private static void triangular(Map<String, String> f, String input, double low, double mode, double high) {
        f.put(input + ".type", "TRIANGULAR");
        f.put(input + ".value", fmt(mode));
        f.put(input + ".low", fmt(low));
        f.put(input + ".mode", fmt(mode));
        f.put(input + ".high", fmt(high));
        f.put(input + ".mean", fmt(mode));
        f.put(input + ".standardDeviation", fmt(Math.abs(high - low) / 4));
    }

    private static String fmt(double v) {
        double rounded = Math.round(v * 10_000) / 10_000.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private static DistributionInput distribution(Map<String, String> form, String input) {
        return new DistributionInput(
                form.get(input + ".type"),
                number(form, input + ".value"),
                number(form, input + ".low"),
                number(form, input + ".mode"),
                number(form, input + ".high"),
                number(form, input + ".mean"),
                number(form, input + ".standardDeviation"));
    }

    private static Double number(Map<String, String> form, String field) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, field + " must be a number, was '" + text + "'");
        }
    }

    /** The error in the user's words: the field's label, never its Java path. */
    private static void rejected(Model model, InvalidRequestException e) {
        String message = e.getMessage() == null ? "Not a valid value" : e.getMessage();
        String field = e.field();
        if (field != null && message.startsWith(field)) {
            message = BusinessCaseForm.readable(field) + message.substring(field.length());
        }
        model.addAttribute("error", message);
        model.addAttribute("errorField", field);
    }

    /** The form shows what the user typed, not the defaults. */
    @SuppressWarnings("unchecked")
    private static String posted(Model model, Map<String, String> params) {
        model.addAttribute(
                "sections",
                BusinessCaseForm.withPosted((List<BusinessCaseForm.Section>) model.getAttribute("sections"), params));
        return "costing/form";
    }

    private String form(Model model, BusinessCaseInput input, BusinessCaseScenario scenario) {
        model.addAttribute("sections", BusinessCaseForm.sections(input, json));
        model.addAttribute("scenario", scenario);
        return "costing/form";
    }

    private String cumulativeChart(List<ScenarioEvaluation> evaluations, boolean prefixScenario) {
        List<Map<String, Object>> series = new ArrayList<>();
        int term = 0;
        for (ScenarioEvaluation e : evaluations) {
            term = Math.max(term, e.termMonths());
            for (ScenarioEvaluation.Option o : e.options()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("label", prefixScenario ? e.name() + ": " + o.name() : o.name());
                s.put("data", o.cumulativeCosts());
                s.put("dashed", o.inHouse());
                series.add(s);
            }
        }
        List<Integer> months = new ArrayList<>();
        for (int m = 1; m <= term; m++) {
            months.add(m);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "cumulative");
        chart.put("labels", months);
        chart.put("series", series);
        return json.writeValueAsString(chart);
    }
}
