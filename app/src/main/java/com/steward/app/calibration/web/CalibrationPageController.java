package com.steward.app.calibration.web;

import com.steward.app.calibration.CalibrationSessions;
import com.steward.app.calibration.DisputeInput;
import com.steward.app.calibration.ResolutionInput;
import com.steward.app.calibration.ScoreInput;
import com.steward.app.calibration.SessionInput;
import com.steward.app.calibration.SessionView;
import com.steward.app.calibration.TrendPoint;
import com.steward.app.calibration.VendorResult;
import com.steward.app.security.Roles;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import tools.jackson.databind.json.JsonMapper;

/** Calibration pages: the sessions with their trend, one session (scoring, results, disputes). */
@Controller
@PreAuthorize("isAuthenticated()")
class CalibrationPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CalibrationSessions sessions;

    CalibrationPageController(CalibrationSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/govern/calibration")
    String sessions(Model model) {
        model.addAttribute("sessions", sessions.sessions());
        List<TrendPoint> trend = sessions.trend();
        model.addAttribute("trend", trend);
        model.addAttribute("trendJson", trendJson(trend));
        return "calibration/sessions";
    }

    @GetMapping("/govern/calibration/new")
    @PreAuthorize(Roles.ANALYSTS)
    String form(Model model) {
        model.addAttribute("vendors", sessions.samplableVendors());
        model.addAttribute("graders", sessions.candidateGraders());
        model.addAttribute("defaultTo", LocalDate.now().minusDays(1));
        model.addAttribute("defaultFrom", LocalDate.now().minusDays(28));
        return "calibration/new";
    }

    @PostMapping("/govern/calibration")
    @PreAuthorize(Roles.ANALYSTS)
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String formName,
            @RequestParam(required = false) Integer scaleMin,
            @RequestParam(required = false) Integer scaleMax,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer sampleSize,
            @RequestParam(required = false) Long seed,
            @RequestParam(required = false) List<Long> vendorIds,
            @RequestParam(required = false) List<Long> graderIds,
            @RequestParam(required = false) Long expertId,
            RedirectAttributes redirect) {
        try {
            long id = sessions.create(new SessionInput(
                    name, formName, scaleMin, scaleMax, from, to, sampleSize, seed, vendorIds, graderIds, expertId));
            redirect.addFlashAttribute("notice", "Session created: graders can score now");
            return "redirect:/govern/calibration/" + id;
        } catch (InvalidRequestException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/govern/calibration/new";
        }
    }

    @GetMapping("/govern/calibration/{id}")
    String session(@PathVariable long id, Model model) {
        SessionView view = sessions.session(id);
        model.addAttribute("cs", view);
        if (view.results() != null) {
            model.addAttribute("vendorChartJson", vendorJson(view.results().vendors()));
        }
        return "calibration/session";
    }

    @PostMapping("/govern/calibration/{id}/scores")
    String score(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<ScoreInput> scores = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : form.entrySet()) {
                if (e.getKey().startsWith("score_") && !e.getValue().isBlank()) {
                    long item = Long.parseLong(e.getKey().substring("score_".length()));
                    double value;
                    try {
                        value = Double.parseDouble(e.getValue().strip());
                    } catch (NumberFormatException x) {
                        throw new InvalidRequestException("score", "'" + e.getValue() + "' is not a number");
                    }
                    scores.add(new ScoreInput(item, value));
                }
            }
            int saved = sessions.score(id, scores);
            redirect.addFlashAttribute("notice", saved + " score" + (saved == 1 ? "" : "s") + " saved");
        } catch (InvalidRequestException | ConflictException | NumberFormatException e) {
            redirect.addFlashAttribute("error", e.getMessage() + " (nothing was saved)");
        }
        return "redirect:/govern/calibration/" + id;
    }

    @PostMapping("/govern/calibration/{id}/close")
    @PreAuthorize(Roles.ANALYSTS)
    String close(@PathVariable long id, RedirectAttributes redirect) {
        try {
            sessions.close(id);
            redirect.addFlashAttribute("notice", "Session closed: results below");
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/govern/calibration/" + id;
    }

    @PostMapping("/govern/calibration/{id}/disputes")
    @PreAuthorize(Roles.VENDORS)
    String dispute(
            @PathVariable long id,
            @RequestParam(required = false) Long itemId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            sessions.dispute(id, new DisputeInput(itemId, reason));
            redirect.addFlashAttribute("notice", "Dispute sent to the client");
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/govern/calibration/" + id;
    }

    @PostMapping("/govern/calibration/disputes/{id}/resolve")
    @PreAuthorize(Roles.ANALYSTS)
    String resolve(
            @PathVariable long id,
            @RequestParam(required = false) Boolean upheld,
            @RequestParam(required = false) Double newScore,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long sessionId,
            RedirectAttributes redirect) {
        long session;
        try {
            session = sessions.resolve(id, new ResolutionInput(upheld, newScore, note))
                    .sessionId();
            redirect.addFlashAttribute("notice", Boolean.TRUE.equals(upheld) ? "Dispute upheld" : "Dispute rejected");
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            session = sessionId == null ? 0 : sessionId;
        }
        return session == 0 ? "redirect:/govern/calibration" : "redirect:/govern/calibration/" + session;
    }

    private static String trendJson(List<TrendPoint> trend) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "calibration-trend");
        d.put("labels", trend.stream().map(t -> t.periodTo().toString()).toList());
        d.put("icc", trend.stream().map(TrendPoint::icc21).toList());
        d.put("alpha", trend.stream().map(TrendPoint::alpha).toList());
        d.put("mad", trend.stream().map(TrendPoint::meanAbsoluteDifference).toList());
        return JSON.writeValueAsString(d);
    }

    private static String vendorJson(List<VendorResult> vendors) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "calibration-qa");
        d.put("labels", vendors.stream().map(VendorResult::vendorName).toList());
        d.put("raw", vendors.stream().map(VendorResult::reportedQa).toList());
        d.put("calibrated", vendors.stream().map(VendorResult::calibratedQa).toList());
        return JSON.writeValueAsString(d);
    }
}
