package com.steward.app.staffing.web;

import com.steward.app.security.Roles;
import com.steward.app.staffing.PlanQuery;
import com.steward.app.staffing.PlanResult;
import com.steward.app.staffing.QueueQuery;
import com.steward.app.staffing.QueueResult;
import com.steward.app.staffing.StaffingCalculator;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.staffing.Forecast;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.ObjectMapper;

/**
 * The staffing calculator and the interval-plan page. Nothing is stored; every client role may
 * use them, VENDOR users may not. The calculator answers htmx requests with just its result.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class StaffingPageController {

    /** Calculator fields and their initial values (the reference case of the issue). */
    static final Map<String, String> CALCULATOR_DEFAULTS = defaults();

    private final ObjectMapper json;

    StaffingPageController(ObjectMapper json) {
        this.json = json;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("model", "erlang-c");
        d.put("goal", "agents");
        d.put("calls", "100");
        d.put("intervalSeconds", "1800");
        d.put("ahtSeconds", "180");
        d.put("targetSeconds", "20");
        d.put("agents", "14");
        d.put("targetServiceLevel", "0.8");
        d.put("targetAsaSeconds", "30");
        d.put("maxOccupancy", "1");
        d.put("shrinkage", "0.3");
        d.put("patienceSeconds", "120");
        return d;
    }

    @GetMapping("/decide/staffing")
    String calculator(
            @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Map<String, String> form = new LinkedHashMap<>(CALCULATOR_DEFAULTS);
        params.forEach((k, v) -> {
            if (form.containsKey(k)) {
                form.put(k, v.strip());
            }
        });
        model.addAttribute("form", form);
        if (params.containsKey("calls")) {
            try {
                boolean erlangA = "erlang-a".equals(form.get("model"));
                String goal = form.get("goal");
                QueueQuery query = new QueueQuery(
                        number(form, "calls"),
                        number(form, "intervalSeconds"),
                        number(form, "ahtSeconds"),
                        number(form, "targetSeconds"),
                        goal.equals("agents") ? integer(form, "agents") : null,
                        goal.equals("sl") ? number(form, "targetServiceLevel") : null,
                        goal.equals("asa") ? number(form, "targetAsaSeconds") : null,
                        number(form, "maxOccupancy"),
                        number(form, "shrinkage"),
                        erlangA ? number(form, "patienceSeconds") : null);
                QueueResult result = erlangA ? StaffingCalculator.erlangA(query) : StaffingCalculator.erlangC(query);
                model.addAttribute("result", result);
            } catch (InvalidRequestException e) {
                model.addAttribute("error", e.getMessage());
                model.addAttribute("errorField", e.field());
            }
        }
        return htmx != null ? "staffing/calculator :: result" : "staffing/calculator";
    }

    @GetMapping("/decide/staffing/plan")
    String samplePlan(@Valid @ModelAttribute("form") StaffingPlanForm form, BindingResult errors, Model model) {
        return plan(StaffingCalculator.sampleForecast(), "the sample forecast", form, errors, model);
    }

    @PostMapping("/decide/staffing/plan")
    String uploadedPlan(
            @RequestParam(value = "forecast", required = false) @Nullable MultipartFile file,
            @Valid @ModelAttribute("form") StaffingPlanForm form,
            BindingResult errors,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Choose a forecast CSV file to upload.");
            return plan(StaffingCalculator.sampleForecast(), "the sample forecast", form, errors, model);
        }
        try {
            Forecast forecast = StaffingCalculator.parseForecast(new String(file.getBytes(), StandardCharsets.UTF_8));
            return plan(forecast, file.getOriginalFilename(), form, errors, model);
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            return plan(StaffingCalculator.sampleForecast(), "the sample forecast", form, errors, model);
        }
    }

    /** The plan for the goal typed, or for the default goal (said so) while the goal has an error. */
    private String plan(
            Forecast forecast, @Nullable String source, StaffingPlanForm form, BindingResult errors, Model model) {
        model.addAttribute("goals", StaffingPlanForm.GOALS);
        model.addAttribute("source", source == null ? "the uploaded forecast" : source);
        if (model.getAttribute("form") == null || !errors.hasErrors() && form.isEmpty()) {
            // A link, not a submission (or nothing could be read): the default goal, without errors.
            model.addAttribute("form", StaffingPlanForm.defaults());
        }
        PlanResult plan = null;
        if (!errors.hasErrors() && model.getAttribute("form") instanceof StaffingPlanForm shown) {
            try {
                plan = StaffingCalculator.plan(forecast, shown.toQuery());
            } catch (InvalidRequestException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        if (plan == null) {
            plan = StaffingCalculator.plan(forecast, PlanQuery.defaults());
            model.addAttribute(
                    "source", model.getAttribute("source") + " (with the default goal: 80 % in 20 s, shrinkage 0.3)");
        }
        model.addAttribute("plan", plan);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "plan");
        chart.put(
                "labels", plan.intervals().stream().map(PlanResult.Line::start).toList());
        chart.put(
                "agents", plan.intervals().stream().map(PlanResult.Line::agents).toList());
        chart.put(
                "contacts",
                plan.intervals().stream().map(PlanResult.Line::contacts).toList());
        model.addAttribute("chartJson", json.writeValueAsString(chart));
        return "staffing/plan";
    }

    static Double number(Map<String, String> form, String field) {
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

    static Integer integer(Map<String, String> form, String field) {
        Double value = number(form, field);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new InvalidRequestException(field, field + " must be a whole number");
        }
        return value.intValue();
    }
}
