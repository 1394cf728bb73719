package com.steward.app.scorecards;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractMonths;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ScorecardDefinition;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.ImportStatus;
import com.steward.app.ingest.Imports;
import com.steward.app.lake.InteractionLake;
import com.steward.app.security.Actors;
import com.steward.app.security.VendorAccess;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecards module's facade: runs a contract's scorecard for a month from the lake (vendor and in-house over the
 * contract's scope), publishes runs as frozen snapshots, requires a reasoned restatement when a published month's
 * numbers change, and checks a vendor's self-reported KPIs against the raw interactions. Visibility follows the
 * contracts module: another vendor's contract, run or verification answers 404. Changes are audited.
 */
@Service
public class ScorecardRuns {

    static final String AUDIT_RUN = "scorecard_run";
    static final String AUDIT_VERIFICATION = "scorecard_verification";

    private final ScorecardRunRepository repository;
    private final Contracts contracts;
    private final VendorRegister vendors;
    private final LakeScorecards lakeScorecards;
    private final InteractionLake lake;
    private final Imports imports;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final MinimumSamples minimums;
    private final ContractMonths months;
    private final RunBatches batches;

    ScorecardRuns(
            ScorecardRunRepository repository,
            Contracts contracts,
            VendorRegister vendors,
            LakeScorecards lakeScorecards,
            InteractionLake lake,
            Imports imports,
            VendorAccess access,
            AuditLog audit,
            Clock clock,
            MinimumSamples minimums,
            ContractMonths months,
            RunBatches batches) {
        this.batches = batches;
        this.minimums = minimums;
        this.months = months;
        this.repository = repository;
        this.contracts = contracts;
        this.vendors = vendors;
        this.lakeScorecards = lakeScorecards;
        this.lake = lake;
        this.imports = imports;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // --- runs ---

    /**
     * Runs the contract's scorecard for {@code period} from the lake; a draft. The period is a month ({@code yyyy-MM})
     * or an ISO week ({@code yyyy-Www}); a week's run has attainment and the overall score but no service credit or
     * standing, which are monthly.
     */
    @Transactional
    public ScorecardRun run(long contractId, String period) {
        ScorecardPeriod p = ScorecardPeriod.parse(period);
        if (!p.isWeekly()) {
            return runMonths(contractId, p.month(), p.month()).getFirst();
        }
        Inputs in = inputs(contractId);
        var figures = lakeScorecards.measure(in.contract(), in.vendorCode(), in.metricIds(), p);
        return store(in, p, figures);
    }

    /** Runs every month from {@code from} to {@code to} with one lake query; one draft per month. */
    @Transactional
    public List<ScorecardRun> runMonths(long contractId, YearMonth from, YearMonth to) {
        Inputs in = inputs(contractId);
        var figures = lakeScorecards.measure(in.contract(), in.vendorCode(), in.metricIds(), from, to);
        List<ScorecardRun> created = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            created.add(store(in, ScorecardPeriod.of(m), figures.getOrDefault(m.toString(), Map.of())));
        }
        return created;
    }

    /** What every run of a contract records: the definition, the lake generation, the imports, the hash. */
    private record Inputs(
            Contract contract,
            ScorecardDefinition definition,
            String vendorCode,
            Set<String> metricIds,
            long generation,
            List<Long> importIds,
            String hash) {}

    private Inputs inputs(long contractId) {
        Contract contract = contracts.get(contractId);
        ScorecardDefinition definition = contracts.scorecard(contractId);
        if (definition.metrics().isEmpty()) {
            throw new InvalidRequestException("scorecard", "contract " + contractId + " has no scorecard to run");
        }
        String vendorCode = vendors.get(contract.vendorId()).code();
        Set<String> metricIds = new LinkedHashSet<>();
        definition.metrics().forEach(l -> metricIds.add(l.metricId()));
        metricIds.addAll(LakeScorecards.CUSTOMER_METRICS);
        long generation = lake.generation();
        List<Long> importIds = imports.newest(1000).stream()
                .filter(i -> i.status() == ImportStatus.COMMITTED
                        && i.lakeGeneration() != null
                        && i.lakeGeneration() <= generation)
                .map(DataImport::id)
                .sorted()
                .toList();
        String hash = LakeScorecards.definitionsHash(
                metricIds, ScorecardScoring.scorecardText(definition) + LakeScorecards.scope(contract));
        return new Inputs(contract, definition, vendorCode, metricIds, generation, importIds, hash);
    }

    /** Scores one period's figures (handler code → metric id) and stores them as a draft. */
    private ScorecardRun store(Inputs in, ScorecardPeriod period, Map<String, Map<String, MetricFigure>> figures) {
        Contract contract = in.contract();
        ScorecardNumbers numbers = ScorecardScoring.numbers(
                contract,
                in.definition(),
                figures.getOrDefault(in.vendorCode(), Map.of()),
                figures.getOrDefault(LakeScorecards.IN_HOUSE, Map.of()),
                period,
                minimums::of);
        ScorecardRun draft = ScorecardRun.builder()
                .contractId(contract.id())
                .vendorId(contract.vendorId())
                .period(period.text())
                .periodStart(period.start())
                .periodEnd(period.end())
                .status(RunStatus.DRAFT)
                .lakeGeneration(in.generation())
                .importIds(in.importIds())
                .definitionsHash(in.hash())
                .numbers(numbers)
                .createdBy(access.currentActor())
                .createdAt(clock.instant())
                .build();
        long id = repository.insert(draft);
        ScorecardRun stored = find(id);
        audit.record(AuditAction.CREATE, AUDIT_RUN, id, contract.vendorId(), null, ScorecardScoring.summary(stored));
        return withComparison(stored);
    }

    /** The newest run of a contract the caller may see (drafts only for client staff), with its comparison. */
    public Optional<ScorecardRun> latest(long contractId) {
        contracts.get(contractId);
        boolean staff = access.currentScope().unrestricted();
        ScorecardResults figures = months.of(contractId);
        return repository.forContract(contractId).stream()
                .filter(r -> staff || r.status() != RunStatus.DRAFT)
                .findFirst()
                .map(this::withComparison)
                .map(r -> withFigure(r, figures));
    }

    /**
     * The runs of a contract, newest period first; VENDOR users see published versions only. A published month's
     * standing and credit are the month's figure ({@link ContractMonths}); drafts, restated versions and weeks carry
     * no standing.
     */
    public List<ScorecardRun> runs(long contractId) {
        contracts.get(contractId);
        boolean staff = access.currentScope().unrestricted();
        ScorecardResults figures = months.of(contractId);
        return repository.forContract(contractId).stream()
                .filter(r -> staff || r.status() != RunStatus.DRAFT)
                .map(this::withComparison)
                .map(r -> withFigure(r, figures))
                .toList();
    }

    /** The run with the month's figure where it is the published version of a month, else without a standing. */
    private static ScorecardRun withFigure(ScorecardRun run, ScorecardResults figures) {
        ScorecardNumbers n = run.numbers();
        if (run.status() == RunStatus.PUBLISHED && !run.isWeekly()) {
            var figure = figures.period(run.period()).filter(p -> p.runId() != null && p.runId() == run.id());
            if (figure.isPresent()) {
                ScorecardResults.Period p = figure.get();
                return run.withNumbers(n.withFigure(p.score(), p.creditPercent(), p.standing()));
            }
        }
        return run.withNumbers(n.withFigure(n.score(), n.creditPercent(), null));
    }

    /** Every version of one month (drafts, published, restated), oldest first: to show side by side. */
    public List<ScorecardRun> versions(long contractId, String period) {
        contracts.get(contractId);
        boolean staff = access.currentScope().unrestricted();
        ScorecardResults figures = months.of(contractId);
        return repository.forPeriod(contractId, ScorecardPeriod.parse(period).text()).stream()
                .filter(r -> staff || r.status() != RunStatus.DRAFT)
                .map(this::withComparison)
                .map(r -> withFigure(r, figures))
                .toList();
    }

    public ScorecardRun get(long runId) {
        ScorecardRun run = repository.find(runId).orElseThrow(() -> ScorecardRunNotFoundException.forId(runId));
        if (!access.currentScope().permits(run.vendorId())
                || (!access.currentScope().unrestricted() && run.status() == RunStatus.DRAFT)) {
            throw ScorecardRunNotFoundException.forId(runId);
        }
        contracts.get(run.contractId());
        return withFigure(withComparison(run), months.of(run.contractId()));
    }

    /** Publishes a draft that needs no override (see {@link #publish(long, String, String)}). */
    @Transactional
    public ScorecardRun publish(long runId, String reason) {
        return publish(runId, reason, null);
    }

    /**
     * Publishes a draft. The first publication of a month is version 1. When the month is already published the draft
     * must differ from it (otherwise 409: nothing to restate) and needs a reason (otherwise 400); it becomes the next
     * version and the old one is kept as RESTATED. A draft with insufficient data (outside the term, a sample below its
     * minimum, a value not reported) needs an override reason (otherwise 400); it is recorded with the run and in the
     * audit log. A month's hand-recorded results are superseded by the published run, with an audited restatement.
     */
    @Transactional
    public ScorecardRun publish(long runId, String reason, String override) {
        ScorecardRun run = get(runId);
        if (run.status() != RunStatus.DRAFT) {
            throw new ConflictException(
                    "Run " + runId + " is already " + run.status().name().toLowerCase(Locale.ROOT));
        }
        String overrideWhy = override == null || override.isBlank() ? null : override.strip();
        if (run.numbers().insufficient() && overrideWhy == null) {
            throw new InvalidRequestException(
                    "override",
                    "insufficient data for " + run.period() + ": "
                            + String.join("; ", run.numbers().insufficientData())
                            + ". It has no score, no standing and no credit; to publish it anyway give an override"
                            + " reason (it is recorded and audited)");
        }
        if (!run.numbers().insufficient()) {
            overrideWhy = null;
        }
        Optional<ScorecardRun> current = repository.published(run.contractId(), run.period());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        int version = 1;
        Long supersedes = null;
        if (current.isPresent()) {
            ScorecardRun published = current.get();
            if (!run.numbers().differsFrom(published.numbers())) {
                throw new ConflictException("Run " + runId + " has the same numbers as published version "
                        + published.version() + " of " + run.period() + ": nothing to restate");
            }
            if (why == null) {
                throw new InvalidRequestException(
                        "reason",
                        "reason is required: " + run.period() + " is published (version " + published.version()
                                + ") and these numbers differ, so publishing them is a restatement");
            }
            repository.markRestated(published.id());
            version = published.version() + 1;
            supersedes = published.id();
        }
        repository.publish(runId, version, supersedes, why, overrideWhy, access.currentActor(), clock.instant());
        ScorecardRun after = find(runId);
        audit.record(
                AuditAction.UPDATE,
                AUDIT_RUN,
                runId,
                run.vendorId(),
                ScorecardScoring.summary(run),
                ScorecardScoring.summary(after));
        if (!run.isWeekly()) {
            contracts.supersedeRecordedResults(run.contractId(), run.period(), runId);
        }
        return withFigure(after, months.of(run.contractId()));
    }

    // --- all contracts, with progress ---

    /** Starts a run of every visible contract with a scorecard over {@code from}–{@code to} in the background. */
    public RunBatch startBatch(String from, String to) {
        YearMonth first = from == null || from.isBlank() ? defaultMonth() : month(from);
        YearMonth last = to == null || to.isBlank() ? first : month(to);
        if (last.isBefore(first)) {
            throw new InvalidRequestException("to", "to must not be before from");
        }
        List<Long> ids = contracts.visibleContracts().stream().map(Contract::id).toList();
        String label = first.equals(last) ? first.toString() : first + "–" + last;
        RunBatch batch = batches.start(label, ids.size(), true);
        batches.submit(new DelegatingSecurityContextRunnable(() -> runBatch(batch.id(), ids, first, last)));
        return batch;
    }

    /** Runs every contract now, in this thread (the scheduler and the benchmark). */
    public RunBatch runAll(YearMonth from, YearMonth to) {
        List<Long> ids = contracts.visibleContracts().stream().map(Contract::id).toList();
        RunBatch batch = batches.start(from + "–" + to, ids.size(), false);
        runBatch(batch.id(), ids, from, to);
        return batches.get(batch.id());
    }

    public RunBatch batch(String id) {
        return batches.get(id);
    }

    private void runBatch(String id, List<Long> contractIds, YearMonth from, YearMonth to) {
        List<Long> runIds = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int done = 0;
        for (long contractId : contractIds) {
            try {
                runMonths(contractId, from, to).forEach(r -> runIds.add(r.id()));
            } catch (RuntimeException e) {
                errors.add("contract " + contractId + ": " + e.getMessage());
            }
            done++;
            batches.progress(id, done, runIds, errors, false);
        }
        batches.progress(id, done, runIds, errors, true);
    }

    /** On the configured cron (default 06:00 on the 2nd of each month; "-" turns it off): last month, every contract. */
    @Scheduled(cron = "${steward.scorecards.cron:0 0 6 2 * *}")
    void scheduledRun() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        Actors.asScheduler(() -> runAll(last, last));
    }

    /** The latest month holding interactions, else last month. */
    public YearMonth defaultMonth() {
        return lake.interactionMonths()
                .map(InteractionLake.MonthRange::last)
                .orElse(YearMonth.now(clock).minusMonths(1));
    }

    /** The last full ISO week of {@link #defaultMonth()}, as {@code yyyy-Www}. */
    public String defaultWeek() {
        LocalDate end = defaultMonth().atEndOfMonth();
        return ScorecardPeriod.weekOf(end.minusDays(end.getDayOfWeek().getValue() % 7))
                .text();
    }

    // --- verification ---

    /**
     * Recomputes {@code reported} metrics of the contract's vendor for {@code period} from the raw interactions and
     * records the discrepancies.
     */
    @Transactional
    public Verification verify(long contractId, String period, Map<String, Double> reported) {
        Contract contract = contracts.get(contractId);
        YearMonth month = month(period);
        if (reported == null || reported.isEmpty()) {
            throw new InvalidRequestException("reported", "reported must name at least one metric and its value");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        reported.forEach((id, value) -> {
            String metric = id == null ? "" : id.strip();
            if (!KpiCatalogue.ids().contains(metric)) {
                throw new InvalidRequestException(
                        "reported", "unknown metric '" + metric + "'; choose one of " + KpiCatalogue.ids());
            }
            if (value == null || !Double.isFinite(value)) {
                throw new InvalidRequestException("reported", "reported " + metric + " must be a number");
            }
            values.put(metric, value);
        });
        String vendorCode = vendors.get(contract.vendorId()).code();
        long generation = lake.generation();
        Map<String, MetricFigure> figures = lakeScorecards
                .measure(contract, vendorCode, values.keySet(), month, month)
                .getOrDefault(month.toString(), Map.of())
                .getOrDefault(vendorCode, Map.of());
        List<Verification.Line> lines = new ArrayList<>();
        values.forEach((metric, value) -> {
            MetricFigure f = figures.get(metric);
            String name = KpiCatalogue.byId(metric).displayName();
            if (f == null) {
                lines.add(new Verification.Line(metric, name, value, null, null, null, null, 0L, true));
                return;
            }
            double difference = value - f.value();
            boolean outside = f.low() != null && f.high() != null
                    ? value < f.low() - 1e-12 || value > f.high() + 1e-12
                    : Math.abs(difference) > 1e-6 * Math.max(1, Math.abs(f.value()));
            lines.add(new Verification.Line(
                    metric, name, value, f.value(), difference, f.low(), f.high(), f.sampleSize(), outside));
        });
        long id = repository.insertVerification(
                contractId,
                contract.vendorId(),
                month.toString(),
                generation,
                lines,
                access.currentActor(),
                clock.instant());
        Verification verification = verification(id);
        audit.record(AuditAction.CREATE, AUDIT_VERIFICATION, id, contract.vendorId(), null, verification);
        return verification;
    }

    public Verification verification(long id) {
        Verification v = repository.verification(id).orElseThrow(() -> ScorecardRunNotFoundException.verification(id));
        if (!access.currentScope().permits(v.vendorId())) {
            throw ScorecardRunNotFoundException.verification(id);
        }
        return v;
    }

    /**
     * Reads self-reported KPIs as CSV: {@code metric,value} per line, an optional header, {@code #} comments.
     *
     * @throws InvalidRequestException naming the line and column of a bad value
     */
    public static Map<String, Double> parseReported(String csv) {
        Map<String, Double> out = new LinkedHashMap<>();
        String[] lines = (csv == null ? "" : csv).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;]");
            if (cells.length < 2) {
                throw new InvalidRequestException("csv", "line " + (i + 1) + ": expected metric,value");
            }
            String metric = cells[0].strip().replace("\"", "");
            String text = cells[1].strip().replace("\"", "");
            if (i == 0 && metric.equalsIgnoreCase("metric")) {
                continue;
            }
            try {
                out.put(metric, Double.parseDouble(text));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(
                        "csv", "line " + (i + 1) + ", column 2: '" + text + "' is not a number");
            }
        }
        return out;
    }

    // --- internals ---

    private ScorecardRun find(long id) {
        return repository.find(id).orElseThrow(() -> ScorecardRunNotFoundException.forId(id));
    }

    private ScorecardRun withComparison(ScorecardRun run) {
        if (run.status() != RunStatus.DRAFT) {
            return run;
        }
        return run.compared(repository.published(run.contractId(), run.period()).orElse(null));
    }

    static YearMonth month(String period) {
        try {
            return YearMonth.parse(period == null ? "" : period.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("period", "period must be a month as yyyy-MM here, was '" + period + "'");
        }
    }
}
