package com.steward.app.savings.web;

import com.steward.app.savings.HiddenCostCategory;
import com.steward.app.savings.InvoiceCheck;
import com.steward.app.savings.InvoiceInput;
import com.steward.app.savings.LedgerEntry;
import com.steward.app.savings.LedgerEntryInput;
import com.steward.app.savings.LedgerTotals;
import com.steward.app.savings.Savings;
import com.steward.app.savings.SavingsRealization;
import com.steward.app.savings.UnitType;
import com.steward.app.security.Roles;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Savings pages under /govern/savings: the overview of contracts, the hidden-cost ledger with its charts, CSV export
 * and import, and per contract the savings realised against the plan, the invoice lines and the invoice check.
 * Client staff only; ADMIN, MANAGER and ANALYST record.
 */
@Controller
@PreAuthorize(Roles.STAFF)
class SavingsPageController {

    private static final String WRITERS = Roles.ANALYSTS;

    private final Savings savings;
    private final VendorRegister vendors;
    private final ObjectMapper json;
    private final Clock clock;

    SavingsPageController(Savings savings, VendorRegister vendors, ObjectMapper json, Clock clock) {
        this.savings = savings;
        this.vendors = vendors;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/govern/savings")
    String overview(Model model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var contract : savings.contracts()) {
            SavingsRealization r = savings.savingsRealization(contract.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contract", contract);
            row.put("realization", r);
            rows.add(row);
        }
        YearMonth to = defaultTo();
        YearMonth from = to.minusMonths(11);
        model.addAttribute("rows", rows);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("totals", savings.ledgerTotals(null, from, to));
        return "savings/overview";
    }

    // --- ledger ---

    @GetMapping("/govern/savings/ledger")
    String ledger(
            @RequestParam(required = false) Long vendorId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            HttpServletResponse response) {
        return ledgerPage(vendorId, from, to, model, response, null, null);
    }

    @PostMapping("/govern/savings/ledger")
    @PreAuthorize(WRITERS)
    String record(
            @RequestParam(required = false) Long vendorId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) HiddenCostCategory category,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String hours,
            @RequestParam(required = false) String hourlyRate,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String description,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LedgerEntryInput input = new LedgerEntryInput(vendorId, month, category, person, null, null, null, description);
        try {
            input = new LedgerEntryInput(
                    vendorId,
                    month,
                    category,
                    person,
                    decimal("hours", hours),
                    decimal("hourlyRate", hourlyRate),
                    decimal("amount", amount),
                    description);
            LedgerEntry created = savings.record(input);
            redirect.addFlashAttribute(
                    "notice",
                    "Recorded " + created.category().label() + " of "
                            + created.amount().toPlainString() + " for " + created.vendorName() + ", "
                            + created.month());
            return "redirect:/govern/savings/ledger?vendorId=" + created.vendorId();
        } catch (InvalidRequestException e) {
            model.addAttribute("form", input);
            model.addAttribute(
                    "formValues",
                    Map.of(
                            "hours", hours == null ? "" : hours,
                            "hourlyRate", hourlyRate == null ? "" : hourlyRate,
                            "amount", amount == null ? "" : amount));
            return ledgerPage(vendorId, null, null, model, response, e.field(), e.getMessage());
        }
    }

    @PostMapping("/govern/savings/ledger/import")
    @PreAuthorize(WRITERS)
    String importCsv(
            @RequestParam(required = false) String csv,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            int n = savings.importCsv(csv).size();
            redirect.addFlashAttribute("notice", "Imported " + n + " ledger entries");
            return "redirect:/govern/savings/ledger";
        } catch (InvalidRequestException e) {
            model.addAttribute("importCsv", csv);
            return ledgerPage(null, null, null, model, response, "csv", e.getMessage());
        }
    }

    @PostMapping("/govern/savings/ledger/{id}/delete")
    @PreAuthorize(WRITERS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        LedgerEntry entry = savings.entry(id);
        savings.deleteEntry(id);
        redirect.addFlashAttribute(
                "notice", "Deleted " + entry.category().label() + " of " + entry.vendorName() + ", " + entry.month());
        return "redirect:/govern/savings/ledger?vendorId=" + entry.vendorId();
    }

    @GetMapping("/govern/savings/ledger.csv")
    void export(
            @RequestParam(required = false) Long vendorId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response)
            throws IOException {
        YearMonth[] range = range(from, to);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"hidden-costs.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        savings.exportCsv(vendorId, range[0], range[1], out);
        out.flush();
    }

    private String ledgerPage(
            @Nullable Long vendorId,
            @Nullable String from,
            @Nullable String to,
            Model model,
            HttpServletResponse response,
            @Nullable String errorField,
            @Nullable String error) {
        YearMonth[] range;
        try {
            range = range(from, to);
        } catch (InvalidRequestException e) {
            range = range(null, null);
            errorField = e.field();
            error = e.getMessage();
        }
        LedgerTotals totals = savings.ledgerTotals(vendorId, range[0], range[1]);
        model.addAttribute("vendorId", vendorId);
        model.addAttribute(
                "vendors",
                vendors.visibleVendors().stream()
                        .filter(v -> !"inhouse".equals(v.code()))
                        .toList());
        model.addAttribute("from", range[0]);
        model.addAttribute("to", range[1]);
        model.addAttribute("entries", savings.ledger(vendorId, range[0], range[1]));
        model.addAttribute("totals", totals);
        model.addAttribute("categories", HiddenCostCategory.values());
        model.addAttribute("categoriesChart", json.writeValueAsString(categoriesChart(totals)));
        model.addAttribute("hoursChart", json.writeValueAsString(hoursChart(totals)));
        model.addAttribute("csvHeader", com.steward.app.savings.LedgerCsv.HEADER);
        model.addAttribute("error", error);
        model.addAttribute("errorField", errorField);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new LedgerEntryInput(
                            vendorId,
                            range[1].toString(),
                            HiddenCostCategory.GOVERNANCE_HOURS,
                            null,
                            null,
                            null,
                            null,
                            null));
        }
        if (!model.containsAttribute("formValues")) {
            model.addAttribute("formValues", Map.of("hours", "", "hourlyRate", "", "amount", ""));
        }
        if (error != null) {
            response.setStatus(400);
        }
        return "savings/ledger";
    }

    private static Map<String, Object> categoriesChart(LedgerTotals totals) {
        Map<String, Object> series = new LinkedHashMap<>();
        totals.byCategory().forEach((c, values) -> series.put(c.label(), values));
        return Map.of("type", "ledger-categories", "months", labels(totals), "series", series);
    }

    private static Map<String, Object> hoursChart(LedgerTotals totals) {
        Map<String, Object> series = new LinkedHashMap<>();
        totals.governanceHours().forEach(p -> series.put(p.person(), p.hours()));
        return Map.of("type", "governance-hours", "months", labels(totals), "series", series);
    }

    private static List<String> labels(LedgerTotals totals) {
        return totals.months().stream().map(YearMonth::toString).toList();
    }

    // --- contract: realisation, invoices, check ---

    @GetMapping("/govern/savings/contracts/{id}")
    String contract(@PathVariable long id, Model model, HttpServletResponse response) {
        return contractPage(id, model, response, null, null);
    }

    @PostMapping("/govern/savings/contracts/{id}/invoices")
    @PreAuthorize(WRITERS)
    String recordInvoice(
            @PathVariable long id,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) UnitType unitType,
            @RequestParam(required = false) String invoicedUnits,
            @RequestParam(required = false) String unitPrice,
            @RequestParam(required = false) String reference,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var created = savings.recordInvoice(
                    id,
                    new InvoiceInput(
                            month,
                            unitType,
                            decimal("invoicedUnits", invoicedUnits),
                            decimal("unitPrice", unitPrice),
                            reference));
            redirect.addFlashAttribute(
                    "notice",
                    "Recorded invoice line " + created.reference() + " (" + created.month() + ", "
                            + created.amount().toPlainString() + ")");
            return "redirect:/govern/savings/contracts/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("invoiceValues", invoiceValues(month, unitType, invoicedUnits, unitPrice, reference));
            return contractPage(id, model, response, e.field(), e.getMessage());
        } catch (ConflictException e) {
            model.addAttribute("invoiceValues", invoiceValues(month, unitType, invoicedUnits, unitPrice, reference));
            return contractPage(id, model, response, "unitType", e.getMessage());
        }
    }

    @PostMapping("/govern/savings/contracts/{id}/invoices/{invoiceId}/delete")
    @PreAuthorize(WRITERS)
    String deleteInvoice(@PathVariable long id, @PathVariable long invoiceId, RedirectAttributes redirect) {
        savings.deleteInvoice(id, invoiceId);
        redirect.addFlashAttribute("notice", "Invoice line deleted");
        return "redirect:/govern/savings/contracts/" + id;
    }

    private String contractPage(
            long id, Model model, HttpServletResponse response, @Nullable String errorField, @Nullable String error) {
        SavingsRealization realization = savings.savingsRealization(id);
        List<InvoiceCheck> checks = savings.invoiceChecks(id);
        model.addAttribute("r", realization);
        model.addAttribute("checks", checks);
        model.addAttribute(
                "flaggedMonths", checks.stream().filter(InvoiceCheck::flagged).count());
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("tolerance", savings.tolerancePercent());
        model.addAttribute("chart", json.writeValueAsString(realizationChart(realization)));
        model.addAttribute("error", error);
        model.addAttribute("errorField", errorField);
        if (!model.containsAttribute("invoiceValues")) {
            model.addAttribute("invoiceValues", invoiceValues(null, null, null, null, null));
        }
        if (error != null) {
            response.setStatus(errorField != null && error.startsWith("There is already") ? 409 : 400);
        }
        return "savings/contract";
    }

    private static Map<String, Object> realizationChart(SavingsRealization r) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "savings-realization");
        chart.put("months", r.months().stream().map(m -> m.month().toString()).toList());
        chart.put(
                "plan",
                r.months().stream()
                        .map(SavingsRealization.Month::cumulativePlan)
                        .toList());
        chart.put(
                "realized",
                r.months().stream()
                        .map(m -> m.realizedSavings() == null ? null : m.cumulativeRealized())
                        .toList());
        chart.put(
                "forecast",
                r.months().stream()
                        .map(SavingsRealization.Month::cumulativeForecast)
                        .toList());
        if (r.forecast() != null) {
            chart.put("low", r.forecast().low());
            chart.put("high", r.forecast().high());
            chart.put("target", r.forecast().target());
        }
        return chart;
    }

    private static Map<String, String> invoiceValues(
            @Nullable String month,
            @Nullable UnitType unitType,
            @Nullable String units,
            @Nullable String price,
            @Nullable String reference) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("month", month == null ? "" : month);
        values.put("unitType", unitType == null ? "" : unitType.name());
        values.put("invoicedUnits", units == null ? "" : units);
        values.put("unitPrice", price == null ? "" : price);
        values.put("reference", reference == null ? "" : reference);
        return values;
    }

    // --- helpers ---

    private YearMonth defaultTo() {
        return savings.latestLedgerMonth().orElse(YearMonth.now(clock));
    }

    private YearMonth[] range(@Nullable String from, @Nullable String to) {
        YearMonth end = to == null || to.isBlank() ? defaultTo() : MonthParam.month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : MonthParam.month("from", from);
        if (end.isBefore(start)) {
            throw new InvalidRequestException("to", "to must not be before from");
        }
        return new YearMonth[] {start, end};
    }

    private static @Nullable BigDecimal decimal(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, field + " '" + text + "' is not a number");
        }
    }
}
