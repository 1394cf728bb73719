package com.steward.app.contracts;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A contract's results month by month: read as the one figure per month ({@link ContractMonths}), and recorded by
 * hand (or by CSV) only for months with no published scorecard run; publishing a run supersedes what was recorded,
 * with an audited restatement. Behind {@link Contracts}, which checks the caller sees the contract.
 */
@Component
class RecordedResults {

    private final ContractRepository repository;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ContractMonths months;
    private final PublishedScorecards published;

    RecordedResults(
            ContractRepository repository,
            VendorAccess access,
            AuditLog audit,
            Clock clock,
            ContractMonths months,
            PublishedScorecards published) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.months = months;
        this.published = published;
    }

    /**
     * The contract's one figure per month, oldest first: the published scorecard run where there is one, else the
     * result recorded by hand. Read from {@link ContractMonths}, as every other place does.
     */
    ScorecardResults results(long contractId) {
        return months.of(contractId);
    }

    /**
     * Marks the results recorded by hand for {@code period} ({@code yyyy-MM}) as superseded by the published run
     * {@code runId}, and audits the restatement (what was recorded before, the run after). Called when a run is
     * published; returns the number of values superseded (0 when none were recorded).
     */
    int supersede(long contractId, String period, long runId) {
        Contract contract = Contracts.found(repository, contractId, VendorScope.all());
        LocalDate month = parsePeriod("period", period);
        Map<String, Double> before = new LinkedHashMap<>();
        repository.results(contractId).stream()
                .filter(r -> r.period().equals(month))
                .forEach(r -> before.put(r.metricId(), r.measured()));
        if (before.isEmpty()) {
            return 0;
        }
        int superseded = repository.supersede(contractId, month, runId, clock.instant());
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("period", period);
        was.put("source", ScorecardResults.Source.RECORDED_BY_HAND.name());
        was.put("values", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("period", period);
        now.put("source", ScorecardResults.Source.PUBLISHED_RUN.name());
        now.put("supersededByRun", runId);
        now.put("reason", "a scorecard run was published for this month: it is the month's figure");
        audit.record(AuditAction.UPDATE, Contracts.AUDIT_RESULTS, contractId, contract.vendorId(), was, now);
        return superseded;
    }

    /** 409 when {@code month} has a published run: that run is the month's figure, nothing is typed in beside it. */
    private void requireNoPublishedRun(long contractId, LocalDate month, String where) {
        String period = YearMonth.from(month).toString();
        published.publishedMonths(contractId).stream()
                .filter(p -> p.period().equals(period))
                .findFirst()
                .ifPresent(p -> {
                    throw new ConflictException(where + period
                            + " has a published scorecard run (version " + p.version()
                            + "), which is the month's figure: results cannot be recorded by hand for it."
                            + " To change the month, run the scorecard again and publish a restatement.");
                });
    }

    /** Records (or corrects) one month's measured values. */
    ScorecardResults record(Contract contract, ResultInput input) {
        long contractId = contract.id();
        if (input == null) {
            throw new InvalidRequestException("period", "period is required");
        }
        LocalDate period = parsePeriod("period", input.period());
        Map<String, Double> values = input.values() == null ? Map.of() : input.values();
        if (input.invoiceAmount() != null && !(input.invoiceAmount() >= 0 && Double.isFinite(input.invoiceAmount()))) {
            throw new InvalidRequestException("invoiceAmount", "invoiceAmount must be a finite number >= 0");
        }
        List<String> onCard = repository.scorecard(contractId).stream()
                .map(ContractRepository.StoredLine::metricId)
                .toList();
        if (onCard.isEmpty()) {
            throw new InvalidRequestException("values", "define the scorecard before recording results");
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            checkValue("values." + e.getKey(), onCard, e.getKey(), e.getValue());
        }
        if (values.isEmpty() && input.invoiceAmount() == null) {
            throw new InvalidRequestException("values", "values must name at least one metric of the scorecard");
        }
        requireNoPublishedRun(contractId, period, "");
        String actor = access.currentActor();
        repository.upsertPeriod(contractId, period, input.invoiceAmount(), actor, clock.instant());
        values.forEach(
                (metric, value) -> repository.upsertResult(contractId, period, metric, value, actor, clock.instant()));
        audit.record(AuditAction.UPDATE, Contracts.AUDIT_RESULTS, contractId, contract.vendorId(), null, input);
        return results(contractId);
    }

    /**
     * Imports measured values from CSV: a header {@code period,metric_id,measured} (optionally
     * {@code ,invoice_amount}), then one row per month and metric. All rows are checked before any
     * is stored; the first bad row is reported with its line number.
     */
    int importCsv(Contract contract, String csv) {
        long contractId = contract.id();
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException("csv", "csv is empty: expected a header period,metric_id,measured");
        }
        List<String> onCard = repository.scorecard(contractId).stream()
                .map(ContractRepository.StoredLine::metricId)
                .toList();
        String[] lines = csv.replace("\r", "").split("\n");
        String header = lines[0].strip().toLowerCase(Locale.ROOT).replace(" ", "");
        boolean withInvoice = header.equals("period,metric_id,measured,invoice_amount");
        if (!withInvoice && !header.equals("period,metric_id,measured")) {
            throw new InvalidRequestException(
                    "csv", "csv line 1: header must be period,metric_id,measured[,invoice_amount], was " + lines[0]);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Row row = row(onCard, "csv line " + (i + 1), lines[i], withInvoice);
            requireNoPublishedRun(contractId, row.period(), "csv line " + (i + 1) + ": ");
            rows.add(row);
            if (rows.size() > Contracts.MAX_CSV_ROWS) {
                throw new InvalidRequestException("csv", "csv holds more than " + Contracts.MAX_CSV_ROWS + " rows");
            }
        }
        String actor = access.currentActor();
        for (Row row : rows) {
            repository.upsertPeriod(contractId, row.period(), row.invoice(), actor, clock.instant());
            repository.upsertResult(contractId, row.period(), row.metric(), row.measured(), actor, clock.instant());
        }
        audit.record(
                AuditAction.UPDATE,
                Contracts.AUDIT_RESULTS,
                contractId,
                contract.vendorId(),
                null,
                Map.of("csvRows", rows.size()));
        return rows.size();
    }

    /** One CSV row of measured values. */
    private record Row(
            LocalDate period,
            String metric,
            double measured,
            @Nullable Double invoice) {}

    /** One CSV line checked: its month, a metric of the card, a finite value, an invoice amount ≥ 0 if given. */
    private static Row row(List<String> onCard, String where, String line, boolean withInvoice) {
        String[] cells = line.split(",", -1);
        if (cells.length != (withInvoice ? 4 : 3)) {
            throw new InvalidRequestException("csv", where + ": expected " + (withInvoice ? 4 : 3) + " columns");
        }
        LocalDate period;
        try {
            period = parsePeriod("period", cells[0].strip());
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("csv", where + ": " + e.getMessage());
        }
        String metric = cells[1].strip();
        double measured;
        Double invoice = null;
        try {
            measured = Double.parseDouble(cells[2].strip());
            if (withInvoice && !cells[3].isBlank()) {
                invoice = Double.parseDouble(cells[3].strip());
            }
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("csv", where + ": not a number");
        }
        try {
            checkValue("measured", onCard, metric, measured);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("csv", where + ": " + e.getMessage());
        }
        if (invoice != null && !(invoice >= 0 && Double.isFinite(invoice))) {
            throw new InvalidRequestException("csv", where + ": invoice_amount must be >= 0");
        }
        return new Row(period, metric, measured, invoice);
    }

    private static void checkValue(String field, List<String> onCard, String metric, Double value) {
        if (!onCard.contains(metric)) {
            throw new InvalidRequestException(
                    field, "metric '" + metric + "' is not on this contract's scorecard " + onCard);
        }
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidRequestException(field, "the value of " + metric + " must be a finite number");
        }
    }

    static LocalDate parsePeriod(String field, String period) {
        if (period == null || period.isBlank()) {
            throw new InvalidRequestException(field, field + " is required, as yyyy-MM");
        }
        try {
            return YearMonth.parse(period.strip()).atDay(1);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be a month as yyyy-MM, was '" + period + "'");
        }
    }
}
