package com.steward.app.contracts.web;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ResultInput;
import com.steward.app.contracts.ScorecardCatalogue;
import com.steward.app.contracts.ScorecardDefinition;
import com.steward.app.contracts.ScorecardInput;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.contracts.TeamMember;
import com.steward.app.contracts.TeamMemberInput;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.security.Roles;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Contract pages. Every role may look (a VENDOR user at its own vendor's contract, without
 * prices); managers change contracts and scorecards; analysts record results and rosters; the
 * team roster is for client staff only.
 */
@Controller
class ContractPageController {

    private static final String MANAGERS = Roles.MANAGERS;
    private static final String RECORDERS = Roles.ANALYSTS;
    private static final String STAFF = Roles.STAFF;

    /** Rows of the scorecard form. */
    static final int SCORECARD_ROWS = 10;

    private final Contracts contracts;
    private final VendorRegister vendors;
    private final BusinessCaseScenarios businessCases;
    private final ObjectMapper json;
    private final Clock clock;

    ContractPageController(
            Contracts contracts,
            VendorRegister vendors,
            BusinessCaseScenarios businessCases,
            ObjectMapper json,
            Clock clock) {
        this.contracts = contracts;
        this.vendors = vendors;
        this.businessCases = businessCases;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/contracts")
    String list(Model model) {
        List<Contract> all = contracts.visibleContracts();
        Map<Long, String> standings = new LinkedHashMap<>();
        all.forEach(c -> standings.put(c.id(), contracts.results(c.id()).standing()));
        model.addAttribute("contracts", all);
        model.addAttribute("standings", standings);
        return "contracts/list";
    }

    @GetMapping("/contracts/new")
    @PreAuthorize(MANAGERS)
    String newContract(@RequestParam(required = false) Long vendorId, Model model) {
        return form(model, ContractForm.blank(vendorId, LocalDate.now(clock)), null, null);
    }

    @PostMapping("/contracts")
    @PreAuthorize(MANAGERS)
    String create(@ModelAttribute("form") ContractForm form, Model model, RedirectAttributes redirect) {
        try {
            Contract created = contracts.create(form.toInput());
            redirect.addFlashAttribute("notice", "Contract " + created.name() + " created");
            return "redirect:/contracts/" + created.id() + "/scorecard";
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return form(model, form, null, null);
        }
    }

    @GetMapping("/contracts/{id}")
    String show(@PathVariable long id, Model model) {
        Contract contract = contracts.get(id);
        ScorecardDefinition scorecard = contracts.scorecard(id);
        ScorecardResults results = contracts.results(id);
        model.addAttribute("contract", contract);
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("results", results);
        model.addAttribute("seesPrices", contracts.seesPrices());
        model.addAttribute("offer", contracts.linkedOffer(id).orElse(null));
        model.addAttribute("rules", contract.rules().withDefaults());
        model.addAttribute("chartJson", chartJson(contract, results));
        model.addAttribute("defaultPeriod", YearMonth.now(clock).minusMonths(1).toString());
        List<ScorecardResults.Period> newestFirst = new ArrayList<>(results.periods());
        Collections.reverse(newestFirst);
        model.addAttribute("periodsNewestFirst", newestFirst);
        return "contracts/show";
    }

    @GetMapping("/contracts/{id}/edit")
    @PreAuthorize(MANAGERS)
    String edit(@PathVariable long id, Model model) {
        Contract contract = contracts.get(id);
        return form(model, ContractForm.of(contract), contract, null);
    }

    @PostMapping("/contracts/{id}")
    @PreAuthorize(MANAGERS)
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ContractForm form,
            Model model,
            RedirectAttributes redirect) {
        Contract contract = contracts.get(id);
        try {
            contracts.update(id, form.toInput());
            redirect.addFlashAttribute("notice", "Contract updated");
            return "redirect:/contracts/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return form(model, form, contract, null);
        }
    }

    private String form(Model model, ContractForm form, Contract contract, Object unused) {
        model.addAttribute("form", form);
        model.addAttribute("contract", contract);
        model.addAttribute("title", contract == null ? "New contract" : "Change " + contract.name());
        model.addAttribute("vendors", vendors.visibleVendors());
        model.addAttribute("statuses", ContractStatus.values());
        List<Map<String, String>> offers = new ArrayList<>();
        businessCases
                .all()
                .forEach(bc -> bc.inputs()
                        .offers()
                        .forEach(o -> offers.add(Map.of(
                                "value", bc.id() + "::" + o.name(),
                                "label",
                                        bc.name() + " · " + o.name() + " (" + o.pricingModel() + " " + o.price()
                                                + ")"))));
        model.addAttribute("offers", offers);
        return "contracts/form";
    }

    @GetMapping("/contracts/{id}/scorecard")
    @PreAuthorize(MANAGERS)
    String scorecard(@PathVariable long id, Model model) {
        Contract contract = contracts.get(id);
        ScorecardDefinition definition = contracts.scorecard(id);
        List<ScorecardInput.Line> rows = new ArrayList<>();
        definition
                .metrics()
                .forEach(l -> rows.add(new ScorecardInput.Line(l.metricId(), l.target(), l.threshold(), l.weight())));
        return scorecardForm(model, contract, definition, rows, definition.acknowledged());
    }

    @PostMapping("/contracts/{id}/scorecard")
    @PreAuthorize(MANAGERS)
    String defineScorecard(
            @PathVariable long id,
            @RequestParam(name = "metricId", required = false) List<String> metricIds,
            @RequestParam(name = "target", required = false) List<String> targets,
            @RequestParam(name = "threshold", required = false) List<String> thresholds,
            @RequestParam(name = "weight", required = false) List<String> weights,
            @RequestParam(name = "acknowledgeQualityShare", defaultValue = "false") boolean acknowledge,
            Model model,
            RedirectAttributes redirect) {
        Contract contract = contracts.get(id);
        List<ScorecardInput.Line> rows = new ArrayList<>();
        int n = metricIds == null ? 0 : metricIds.size();
        for (int i = 0; i < n; i++) {
            String metric = metricIds.get(i);
            if (metric == null || metric.isBlank()) {
                continue;
            }
            rows.add(new ScorecardInput.Line(metric, number(targets, i), number(thresholds, i), number(weights, i)));
        }
        try {
            ScorecardDefinition saved = contracts.defineScorecard(id, new ScorecardInput(rows, acknowledge));
            redirect.addFlashAttribute(
                    "notice", saved.warning() == null ? "Scorecard saved" : "Scorecard saved — " + saved.warning());
            return "redirect:/contracts/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return scorecardForm(model, contract, contracts.scorecard(id), rows, acknowledge);
        }
    }

    private String scorecardForm(
            Model model,
            Contract contract,
            ScorecardDefinition definition,
            List<ScorecardInput.Line> rows,
            boolean ack) {
        List<ScorecardInput.Line> padded = new ArrayList<>(rows);
        while (padded.size() < SCORECARD_ROWS) {
            padded.add(new ScorecardInput.Line("", null, null, null));
        }
        model.addAttribute("contract", contract);
        model.addAttribute("scorecard", definition);
        model.addAttribute("rows", padded);
        model.addAttribute("acknowledge", ack);
        model.addAttribute("catalogue", ScorecardCatalogue.scorable());
        return "contracts/scorecard";
    }

    @PostMapping("/contracts/{id}/results")
    @PreAuthorize(RECORDERS)
    String record(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        contracts.get(id);
        Map<String, Double> values = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("value.") && value != null && !value.isBlank()) {
                String metric = key.substring("value.".length());
                try {
                    values.put(metric, Double.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidRequestException("values." + metric, metric + ": '" + value + "' is not a number");
                }
            }
        });
        String invoice = params.get("invoiceAmount");
        Double invoiceAmount;
        try {
            invoiceAmount = invoice == null || invoice.isBlank() ? null : Double.valueOf(invoice.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("invoiceAmount", "invoiceAmount is not a number");
        }
        try {
            contracts.recordResults(id, new ResultInput(params.get("period"), invoiceAmount, values));
        } catch (com.steward.app.web.ConflictException e) {
            // the month has a published run: say so beside the form, keep nothing
            redirect.addFlashAttribute("recordError", e.getMessage());
            return "redirect:/contracts/" + id + "#record-form";
        }
        redirect.addFlashAttribute("notice", "Results for " + params.get("period") + " recorded");
        return "redirect:/contracts/" + id + "#results";
    }

    @PostMapping("/contracts/{id}/results/csv")
    @PreAuthorize(RECORDERS)
    String importCsv(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        contracts.get(id);
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "choose a CSV file to import");
        }
        if (file.getSize() > 2_000_000) {
            throw new InvalidRequestException("file", "the CSV file is larger than 2 MB");
        }
        int rows;
        try {
            rows = contracts.importResults(id, new String(file.getBytes(), StandardCharsets.UTF_8));
        } catch (com.steward.app.web.ConflictException e) {
            redirect.addFlashAttribute("recordError", e.getMessage());
            return "redirect:/contracts/" + id + "#record-form";
        }
        redirect.addFlashAttribute("notice", rows + " results imported");
        return "redirect:/contracts/" + id + "#results";
    }

    @GetMapping("/contracts/{id}/team")
    @PreAuthorize(STAFF)
    String team(@PathVariable long id, Model model) {
        model.addAttribute("contract", contracts.get(id));
        model.addAttribute("team", contracts.team(id));
        model.addAttribute("summary", contracts.teamSummary(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "contracts/team";
    }

    @PostMapping("/contracts/{id}/team")
    @PreAuthorize(RECORDERS)
    String addMember(
            @PathVariable long id,
            @RequestParam String agentId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
            @RequestParam(defaultValue = "false") boolean dedicated,
            @RequestParam(required = false) String trainingModules,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate certifiedOn,
            RedirectAttributes redirect) {
        TeamMember member = contracts.addMember(
                id, new TeamMemberInput(agentId, startDate, endDate, dedicated, modules(trainingModules), certifiedOn));
        redirect.addFlashAttribute("notice", "Agent " + member.agentId() + " added");
        return "redirect:/contracts/" + id + "/team";
    }

    @PostMapping("/contracts/{id}/team/{memberId}")
    @PreAuthorize(RECORDERS)
    String updateMember(
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
            @RequestParam(defaultValue = "false") boolean dedicated,
            @RequestParam(required = false) String trainingModules,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate certifiedOn,
            RedirectAttributes redirect) {
        TeamMember before = contracts.team(id).stream()
                .filter(m -> m.id() == memberId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No team member with id " + memberId));
        contracts.updateMember(
                id,
                memberId,
                new TeamMemberInput(
                        before.agentId(),
                        before.startDate(),
                        endDate,
                        dedicated,
                        modules(trainingModules),
                        certifiedOn));
        redirect.addFlashAttribute("notice", "Agent " + before.agentId() + " updated");
        return "redirect:/contracts/" + id + "/team";
    }

    private static List<String> modules(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    private static Double number(List<String> values, int i) {
        if (values == null
                || i >= values.size()
                || values.get(i) == null
                || values.get(i).isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(values.get(i).strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private String chartJson(Contract contract, ScorecardResults results) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "contract-score");
        chart.put(
                "labels",
                results.periods().stream().map(ScorecardResults.Period::period).toList());
        chart.put(
                "scores",
                results.periods().stream().map(ScorecardResults.Period::score).toList());
        chart.put("threshold", contract.rules().withDefaults().thresholdScore());
        return json.writeValueAsString(chart);
    }
}
