package com.steward.app.relationship.web;

import com.steward.app.relationship.AnswerInput;
import com.steward.app.relationship.PulseSurvey;
import com.steward.app.relationship.PulseSurveys;
import com.steward.app.relationship.QuarterHealth;
import com.steward.app.relationship.RelationshipHealth;
import com.steward.app.relationship.SurveyDimension;
import com.steward.app.relationship.SurveyDirection;
import com.steward.app.relationship.SurveyInput;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.calendar.Quarter;
import com.steward.core.relationship.HealthComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Relationship pages: the overview of health beside the scorecard (every role; a VENDOR user its own vendor), a
 * vendor's trend and component breakdown, the pulse surveys, answering one and its aggregate results. Managers
 * open and close surveys.
 */
@Controller
class RelationshipPageController {

    private static final String MANAGERS = Roles.MANAGERS;

    private final RelationshipHealth health;
    private final PulseSurveys surveys;
    private final VendorRegister vendors;
    private final ObjectMapper json;

    RelationshipPageController(
            RelationshipHealth health, PulseSurveys surveys, VendorRegister vendors, ObjectMapper json) {
        this.health = health;
        this.surveys = surveys;
        this.vendors = vendors;
        this.json = json;
    }

    @GetMapping("/govern/relationship")
    String overview(Model model) {
        model.addAttribute("rows", health.overview());
        model.addAttribute("components", HealthComponent.values());
        model.addAttribute(
                "openSurveys",
                surveys.allVisibleSurveys().stream()
                        .filter(s -> s.isOpen(surveys.today()))
                        .toList());
        model.addAttribute("today", surveys.today());
        return "relationship/overview";
    }

    @GetMapping("/govern/relationship/vendors/{id}")
    String vendor(@PathVariable long id, Model model) {
        Vendor vendor = vendors.get(id);
        List<QuarterHealth> history = health.history(id);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "health-trend");
        chart.put("quarters", history.stream().map(QuarterHealth::quarter).toList());
        chart.put("index", history.stream().map(QuarterHealth::index).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (HealthComponent c : HealthComponent.values()) {
            List<Double> values = new ArrayList<>();
            history.forEach(h -> values.add(h.component(c).score()));
            series.add(Map.of("label", c.label(), "values", values));
        }
        chart.put("components", series);
        model.addAttribute("vendor", vendor);
        model.addAttribute("history", history.reversed());
        model.addAttribute("hasIndex", history.stream().anyMatch(h -> h.index() != null));
        model.addAttribute("chartJson", json.writeValueAsString(chart));
        model.addAttribute("surveys", surveys.visibleSurveys(id));
        model.addAttribute("components", HealthComponent.values());
        model.addAttribute("today", surveys.today());
        return "relationship/vendor";
    }

    @GetMapping("/govern/relationship/surveys")
    String surveys(Model model) {
        model.addAttribute("surveys", surveys.allVisibleSurveys());
        model.addAttribute("today", surveys.today());
        return "relationship/surveys";
    }

    @GetMapping("/govern/relationship/surveys/new")
    @PreAuthorize(MANAGERS)
    String newSurvey(Model model) {
        return form(model, null, null);
    }

    @PostMapping("/govern/relationship/surveys")
    @PreAuthorize(MANAGERS)
    String create(
            @RequestParam(required = false) Long vendorId,
            @RequestParam(required = false) SurveyDirection direction,
            @RequestParam(required = false) String quarter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            @RequestParam(required = false) Integer minGroupSize,
            Model model,
            RedirectAttributes redirect) {
        SurveyInput input = new SurveyInput(vendorId, direction, quarter, opensOn, closesOn, minGroupSize);
        try {
            PulseSurvey created = surveys.create(input);
            redirect.addFlashAttribute(
                    "notice",
                    created.direction().label() + " survey of " + created.vendorName() + " for " + created.quarter()
                            + " opened");
            return "redirect:/govern/relationship/surveys/" + created.id();
        } catch (InvalidRequestException | ConflictException e) {
            return form(model, e.getMessage(), input);
        }
    }

    @GetMapping("/govern/relationship/surveys/{id}")
    String show(@PathVariable long id, Model model) {
        PulseSurvey survey = surveys.get(id);
        model.addAttribute("survey", survey);
        model.addAttribute("results", surveys.results(id));
        model.addAttribute("respondent", surveys.isRespondent(survey));
        model.addAttribute("answered", surveys.hasAnswered(id));
        model.addAttribute("open", survey.isOpen(surveys.today()));
        model.addAttribute("dimensions", SurveyDimension.values());
        model.addAttribute("today", surveys.today());
        return "relationship/survey";
    }

    @PostMapping("/govern/relationship/surveys/{id}/answers")
    String answer(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (SurveyDimension d : SurveyDimension.values()) {
            String value = form.get(d.id());
            if (value != null && !value.isBlank()) {
                try {
                    scores.put(d.id(), Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    scores.put(d.id(), 0);
                }
            }
        }
        try {
            surveys.answer(id, new AnswerInput(scores, form.get("comment")));
            redirect.addFlashAttribute("notice", "Thank you: your answer was recorded anonymously");
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("answerError", e.getMessage());
        }
        return "redirect:/govern/relationship/surveys/" + id;
    }

    @PostMapping("/govern/relationship/surveys/{id}/close")
    @PreAuthorize(MANAGERS)
    String close(@PathVariable long id, RedirectAttributes redirect) {
        try {
            surveys.close(id);
            redirect.addFlashAttribute("notice", "Survey closed");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/govern/relationship/surveys/" + id;
    }

    private String form(Model model, @Nullable String error, @Nullable SurveyInput input) {
        model.addAttribute(
                "vendors",
                vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList());
        model.addAttribute("directions", SurveyDirection.values());
        LocalDate today = surveys.today();
        model.addAttribute("defaultQuarter", Quarter.of(today).toString());
        model.addAttribute("defaultOpens", today);
        model.addAttribute("defaultCloses", today.plusDays(14));
        model.addAttribute("input", input);
        model.addAttribute("error", error);
        return "relationship/form";
    }
}
