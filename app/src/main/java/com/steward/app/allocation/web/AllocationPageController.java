package com.steward.app.allocation.web;

import com.steward.app.allocation.AllocationPlanHeader;
import com.steward.app.allocation.AllocationPlans;
import com.steward.app.allocation.CreateAllocationPlanCommand;
import com.steward.app.allocation.HoursInput;
import com.steward.app.allocation.StaffingForecast;
import com.steward.app.allocation.StoredHours;
import com.steward.app.security.Roles;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.allocation.IntervalCoverage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volume allocation pages: plans (every role; a VENDOR user the plans its vendor takes part in), a plan, its
 * heatmap, and the hours form where a VENDOR user enters its own vendor's committed and scheduled hours.
 */
@Controller
class AllocationPageController {

    private static final String EDITORS = Roles.ANALYSTS;
    private static final String HOURS = Roles.ANALYSTS_AND_VENDORS;

    private final AllocationPlans plans;

    AllocationPageController(AllocationPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/transition/allocation")
    String list(Model model) {
        model.addAttribute("plans", plans.visiblePlans());
        return "allocation/list";
    }

    @GetMapping("/transition/allocation/new")
    @PreAuthorize(EDITORS)
    String newPlan() {
        return "allocation/form";
    }

    @PostMapping("/transition/allocation")
    @PreAuthorize(EDITORS)
    String create(
            @RequestParam String name,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            @RequestParam(defaultValue = "30") int intervalMinutes,
            @RequestParam(required = false) MultipartFile forecastFile,
            @RequestParam(required = false, defaultValue = "") String forecastCsv,
            @RequestParam(required = false, defaultValue = "") String splitsCsv,
            @RequestParam(required = false, defaultValue = "") String handlersCsv,
            @RequestParam(required = false, defaultValue = "") String staffingQueue,
            @RequestParam(required = false, defaultValue = "") String staffingRegion,
            @RequestParam(required = false, defaultValue = "") String staffingCsv,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String forecast = forecastFile != null && !forecastFile.isEmpty()
                ? new String(forecastFile.getBytes(), StandardCharsets.UTF_8)
                : forecastCsv;
        try {
            List<StaffingForecast> staffing = staffingCsv.isBlank()
                    ? List.of()
                    : List.of(new StaffingForecast(staffingQueue, staffingRegion, staffingCsv));
            AllocationPlanHeader created = plans.create(new CreateAllocationPlanCommand(
                    name, firstDay, lastDay, intervalMinutes, forecast, splitsCsv, handlersCsv, staffing));
            redirect.addFlashAttribute("notice", "Allocation plan created.");
            return "redirect:/transition/allocation/" + created.id();
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("name", name);
            model.addAttribute("splitsCsv", splitsCsv);
            model.addAttribute("handlersCsv", handlersCsv);
            model.addAttribute("forecastCsv", forecastCsv);
            model.addAttribute("staffingQueue", staffingQueue);
            model.addAttribute("staffingRegion", staffingRegion);
            model.addAttribute("staffingCsv", staffingCsv);
            return "allocation/form";
        }
    }

    @GetMapping("/transition/allocation/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", plans.view(id));
        model.addAttribute("allVendors", plans.seesAllVendors());
        model.addAttribute("enterable", plans.enterableVendors(id));
        return "allocation/show";
    }

    @GetMapping("/transition/allocation/{id}/heatmap")
    String heatmap(
            @PathVariable long id,
            @RequestParam(defaultValue = "SCHEDULED") IntervalCoverage.Basis basis,
            Model model) {
        model.addAttribute("heatmap", plans.heatmap(id, basis));
        model.addAttribute("bases", IntervalCoverage.Basis.values());
        return "allocation/heatmap";
    }

    @GetMapping("/transition/allocation/{id}/hours")
    @PreAuthorize(HOURS)
    String hoursForm(
            @PathVariable long id,
            @RequestParam(required = false) String vendor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        AllocationPlanHeader plan = plans.get(id);
        List<String> vendors = plans.enterableVendors(id);
        if (vendors.isEmpty()) {
            throw new InvalidRequestException("vendor", "no vendor of this plan is yours to enter hours for");
        }
        String chosen = vendor != null && vendors.contains(vendor) ? vendor : vendors.getFirst();
        LocalDate d = day == null ? plan.firstDay() : day;
        Map<LocalDateTime, StoredHours> stored = new LinkedHashMap<>();
        plans.hoursOfDay(id, chosen, d).forEach(h -> stored.put(h.start(), h));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LocalDateTime start : plans.startsOf(id, d)) {
            StoredHours h = stored.get(start);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("start", start);
            row.put("committed", h == null ? null : h.committed());
            row.put("scheduled", h == null ? null : h.scheduled());
            row.put("delivered", h == null ? null : h.delivered());
            rows.add(row);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("vendors", vendors);
        model.addAttribute("vendor", chosen);
        model.addAttribute("day", d);
        model.addAttribute("rows", rows);
        model.addAttribute("allVendors", plans.seesAllVendors());
        return "allocation/hours";
    }

    @PostMapping("/transition/allocation/{id}/hours")
    @PreAuthorize(HOURS)
    String saveHours(
            @PathVariable long id,
            @RequestParam String vendor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam List<String> start,
            @RequestParam List<String> committed,
            @RequestParam List<String> scheduled,
            RedirectAttributes redirect) {
        if (start.size() != committed.size() || start.size() != scheduled.size()) {
            throw new InvalidRequestException("hours", "one committed and one scheduled field per interval");
        }
        List<HoursInput> rows = new ArrayList<>();
        for (int i = 0; i < start.size(); i++) {
            Double c = number("committed", start.get(i), committed.get(i));
            Double s = number("scheduled", start.get(i), scheduled.get(i));
            if (c != null || s != null) {
                rows.add(new HoursInput(vendor, LocalDateTime.parse(start.get(i)), c, s, null));
            }
        }
        if (!rows.isEmpty()) {
            plans.recordHours(id, rows);
        }
        redirect.addFlashAttribute("notice", rows.size() + " intervals saved.");
        return "redirect:/transition/allocation/" + id + "/hours?vendor=" + vendor + "&day=" + day;
    }

    @PostMapping("/transition/allocation/{id}/hours/import")
    @PreAuthorize(HOURS)
    String importHours(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false, defaultValue = "") String csv,
            RedirectAttributes redirect)
            throws IOException {
        boolean upload = file != null && !file.isEmpty();
        String text = upload ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
        String name = upload && file.getOriginalFilename() != null ? file.getOriginalFilename() : "hours.csv";
        int n = plans.recordHoursCsv(id, name, text);
        redirect.addFlashAttribute("notice", n + " rows of hours imported.");
        return "redirect:/transition/allocation/" + id;
    }

    private static @Nullable Double number(String field, String start, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    field, field + " hours at " + start + ": expected a number, was '" + text + "'");
        }
    }
}
