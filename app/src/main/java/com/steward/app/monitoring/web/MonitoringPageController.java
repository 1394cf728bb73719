package com.steward.app.monitoring.web;

import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.CheckOutcome;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.monitoring.OperationalAlerts;
import com.steward.app.monitoring.WeeklyChart;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/** The alerts inbox with a control chart per vendor × metric. */
@Controller
class MonitoringPageController {

    private final Monitoring monitoring;
    private final OperationalAlerts operations;
    private final ObjectMapper json;

    MonitoringPageController(Monitoring monitoring, OperationalAlerts operations, ObjectMapper json) {
        this.monitoring = monitoring;
        this.operations = operations;
        this.json = json;
    }

    @GetMapping("/monitoring")
    String inbox(
            @RequestParam(required = false) @Nullable AlertStatus status,
            @RequestParam(required = false) @Nullable String vendor,
            @RequestParam(required = false) @Nullable String metric,
            Model model) {
        List<Vendor> vendors = monitoring.vendors();
        String chosenVendor = vendor != null
                ? vendor
                : vendors.isEmpty() ? null : vendors.getFirst().code();
        String chosenMetric =
                metric != null ? metric : monitoring.metrics().getFirst().id();
        model.addAttribute("alerts", monitoring.alerts(status));
        model.addAttribute("operations", operations.list(Optional.ofNullable(status)));
        model.addAttribute("status", status);
        model.addAttribute("vendors", vendors);
        model.addAttribute("metrics", monitoring.metrics());
        model.addAttribute("vendor", chosenVendor);
        model.addAttribute("metric", chosenMetric);
        if (chosenVendor != null) {
            WeeklyChart chart = monitoring.chart(chosenVendor, chosenMetric);
            model.addAttribute("chart", chart);
            model.addAttribute("chartJson", json.writeValueAsString(chart));
        }
        return "monitoring/inbox";
    }

    @PostMapping("/monitoring/check")
    @PreAuthorize(Roles.ANALYSTS)
    String check(RedirectAttributes redirect) {
        CheckOutcome outcome = monitoring.check();
        redirect.addFlashAttribute(
                "notice",
                "Checked " + outcome.charts() + " series: "
                        + outcome.newAlerts().size() + " new alert(s); e-mail " + outcome.mail());
        return "redirect:/monitoring";
    }

    @PostMapping("/monitoring/alerts/{id}/acknowledge")
    @PreAuthorize(Roles.ANALYSTS)
    String acknowledge(
            @PathVariable long id, @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        monitoring.acknowledge(id, note);
        redirect.addFlashAttribute("notice", "Alert " + id + " acknowledged");
        return "redirect:/monitoring";
    }

    @PostMapping("/monitoring/operations/{id}/acknowledge")
    @PreAuthorize(Roles.ANALYSTS)
    String acknowledgeOperational(
            @PathVariable long id, @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        operations.acknowledge(id, note);
        redirect.addFlashAttribute("notice", "Operational alert " + id + " acknowledged");
        return "redirect:/monitoring";
    }

    @PostMapping("/monitoring/operations/{id}/resolve")
    @PreAuthorize(Roles.ANALYSTS)
    String resolveOperational(
            @PathVariable long id, @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        operations.resolve(id, note);
        redirect.addFlashAttribute("notice", "Operational alert " + id + " resolved");
        return "redirect:/monitoring";
    }

    @PostMapping("/monitoring/alerts/{id}/resolve")
    @PreAuthorize(Roles.ANALYSTS)
    String resolve(
            @PathVariable long id, @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        monitoring.resolve(id, note);
        redirect.addFlashAttribute("notice", "Alert " + id + " resolved");
        return "redirect:/monitoring";
    }
}
