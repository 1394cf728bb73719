package com.steward.app.scorecards.web;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractMonths;
import com.steward.app.contracts.Contracts;
import com.steward.app.scorecards.QaCalibrations;
import com.steward.app.scorecards.RunStatus;
import com.steward.app.scorecards.ScorecardNumbers;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.scorecards.Verification;
import com.steward.app.security.Roles;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/** Scorecard runs, publication and restatements, verification of self-reported KPIs. */
@Controller
class ScorecardPageController {

    private final ScorecardRuns runs;
    private final Contracts contracts;
    private final ObjectMapper json;
    private final ContractMonths months;
    private final QaCalibrations qa;

    ScorecardPageController(
            ScorecardRuns runs, Contracts contracts, ObjectMapper json, ContractMonths months, QaCalibrations qa) {
        this.months = months;
        this.qa = qa;
        this.runs = runs;
        this.contracts = contracts;
        this.json = json;
    }

    @GetMapping("/scorecards")
    String list(@RequestParam(required = false) String batch, Model model) {
        List<Contract> all = contracts.visibleContracts();
        Map<Long, ScorecardRun> latest = new LinkedHashMap<>();
        Map<Long, String> standings = new HashMap<>();
        for (Contract c : all) {
            runs.latest(c.id()).ifPresent(r -> latest.put(c.id(), r));
            standings.put(c.id(), months.standing(c.id()));
        }
        model.addAttribute("contracts", all);
        model.addAttribute("standings", standings);
        model.addAttribute("latest", latest);
        model.addAttribute("defaultPeriod", runs.defaultMonth().toString());
        model.addAttribute("batch", batch == null ? null : runs.batch(batch));
        return "scorecards/list";
    }

    @PostMapping("/scorecards/batches")
    @PreAuthorize(Roles.ANALYSTS)
    String startBatch(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return "redirect:/scorecards?batch=" + runs.startBatch(from, to).id();
    }

    @GetMapping("/scorecards/batches/{batchId}/progress")
    @PreAuthorize(Roles.ANALYSTS)
    String progress(@PathVariable String batchId, Model model) {
        model.addAttribute("batch", runs.batch(batchId));
        return "scorecards/fragments/progress :: progress";
    }

    @GetMapping("/scorecards/contracts/{id}")
    String contract(@PathVariable long id, Model model) {
        Contract contract = contracts.get(id);
        List<ScorecardRun> all = runs.runs(id);
        model.addAttribute("contract", contract);
        model.addAttribute("runs", all);
        model.addAttribute("defaultPeriod", runs.defaultMonth().toString());
        model.addAttribute("defaultWeek", runs.defaultWeek());
        model.addAttribute("trendJson", trendJson(all));
        return "scorecards/contract";
    }

    @PostMapping("/scorecards/contracts/{id}/runs")
    @PreAuthorize(Roles.ANALYSTS)
    String run(@PathVariable long id, @RequestParam(required = false) String period, RedirectAttributes redirect) {
        try {
            ScorecardRun run = runs.run(id, period);
            redirect.addFlashAttribute("notice", "Scorecard for " + run.period() + " computed from the lake");
            return "redirect:/scorecards/runs/" + run.id();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
            return "redirect:/scorecards/contracts/" + id;
        }
    }

    @GetMapping("/scorecards/runs/{runId}")
    String show(@PathVariable long runId, Model model) {
        ScorecardRun run = runs.get(runId);
        model.addAttribute("run", run);
        model.addAttribute("contract", contracts.get(run.contractId()));
        model.addAttribute("versions", runs.versions(run.contractId(), run.period()));
        model.addAttribute("qaCalibration", qa.forRun(runId));
        return "scorecards/run";
    }

    @PostMapping("/scorecards/vendors/{vendorId}/qa-calibration")
    @PreAuthorize(Roles.MANAGERS)
    String switchQaCalibration(
            @PathVariable long vendorId,
            @RequestParam boolean applied,
            @RequestParam long runId,
            RedirectAttributes redirect) {
        qa.switchTo(vendorId, applied);
        redirect.addFlashAttribute(
                "notice", applied ? "QA is shown calibrated for this vendor" : "QA is shown raw for this vendor");
        return "redirect:/scorecards/runs/" + runId;
    }

    @PostMapping("/scorecards/runs/{runId}/publish")
    @PreAuthorize(Roles.MANAGERS)
    String publish(
            @PathVariable long runId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String override,
            RedirectAttributes redirect) {
        try {
            ScorecardRun run = runs.publish(runId, reason, override);
            redirect.addFlashAttribute(
                    "notice",
                    "Published " + run.period() + " as version " + run.version()
                            + (run.version() > 1 ? " (restatement)" : "")
                            + (run.overrideReason() != null ? ", with an override for insufficient data" : ""));
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/scorecards/runs/" + runId;
    }

    @PostMapping("/scorecards/contracts/{id}/verifications")
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    String verify(
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String reported,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        String csv = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : reported;
        try {
            Verification v = runs.verify(id, period, ScorecardRuns.parseReported(csv));
            return "redirect:/scorecards/verifications/" + v.id();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/scorecards/contracts/" + id + "#verify";
        }
    }

    @GetMapping("/scorecards/verifications/{verificationId}")
    String verification(@PathVariable long verificationId, Model model) {
        Verification v = runs.verification(verificationId);
        model.addAttribute("verification", v);
        model.addAttribute("contract", contracts.get(v.contractId()));
        return "scorecards/verification";
    }

    /** Per metric and month (latest version each; weekly runs left out): vendor, in-house, target, interval band. */
    private String trendJson(List<ScorecardRun> all) {
        Map<String, ScorecardRun> perMonth = new TreeMap<>();
        for (ScorecardRun r : all) {
            if (r.isWeekly()) {
                continue;
            }
            ScorecardRun seen = perMonth.get(r.period());
            if (seen == null || rank(r) > rank(seen)) {
                perMonth.put(r.period(), r);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "scorecard-trend");
        out.put("labels", new ArrayList<>(perMonth.keySet()));
        Map<String, Map<String, List<Double>>> metrics = new LinkedHashMap<>();
        for (ScorecardRun r : perMonth.values()) {
            for (ScorecardNumbers.Line l : r.numbers().metrics()) {
                Map<String, List<Double>> m = metrics.computeIfAbsent(l.displayName(), k -> new LinkedHashMap<>());
                m.computeIfAbsent("vendor", k -> new ArrayList<>())
                        .add(l.vendor() == null ? null : l.vendor().value());
                m.computeIfAbsent("low", k -> new ArrayList<>())
                        .add(l.vendor() == null ? null : l.vendor().low());
                m.computeIfAbsent("high", k -> new ArrayList<>())
                        .add(l.vendor() == null ? null : l.vendor().high());
                m.computeIfAbsent("inHouse", k -> new ArrayList<>())
                        .add(l.inHouse() == null ? null : l.inHouse().value());
                m.computeIfAbsent("target", k -> new ArrayList<>()).add(l.target());
            }
        }
        out.put("metrics", metrics);
        return json.writeValueAsString(out);
    }

    private static int rank(ScorecardRun r) {
        return r.status() == RunStatus.PUBLISHED ? 2 : r.status() == RunStatus.DRAFT ? 1 : 0;
    }
}
