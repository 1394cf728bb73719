package com.steward.app.contracts;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.scorecards.QualityShare;
import com.steward.core.scorecards.ScorecardMetric;
import com.steward.core.scorecards.Scorecards;
import com.steward.core.team.Membership;
import com.steward.core.team.TeamStatistics;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts module's facade. Reads are scoped to the caller's vendors in SQL; VENDOR users get
 * their own vendor's contracts without prices (no pricing link, no invoice, no credit amounts).
 * Every change is audited.
 */
@Service
public class Contracts {

    static final String AUDIT_CONTRACT = "contract";
    static final String AUDIT_SCORECARD = "scorecard";
    static final String AUDIT_RESULTS = "scorecard_results";
    static final String AUDIT_MEMBER = "team_member";

    /** Most rows one CSV import may hold. */
    public static final int MAX_CSV_ROWS = 10_000;

    private final ContractRepository repository;
    private final VendorRegister vendors;
    private final BusinessCaseScenarios businessCases;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ContractMonths months;
    private final PublishedScorecards published;

    Contracts(
            ContractRepository repository,
            VendorRegister vendors,
            BusinessCaseScenarios businessCases,
            VendorAccess access,
            AuditLog audit,
            Clock clock,
            ContractMonths months,
            PublishedScorecards published) {
        this.months = months;
        this.published = published;
        this.repository = repository;
        this.vendors = vendors;
        this.businessCases = businessCases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // --- contracts ---

    public List<Contract> visibleContracts() {
        VendorScope scope = access.currentScope();
        return repository.findAll(scope).stream().map(c -> shown(c, scope)).toList();
    }

    public Contract get(long id) {
        VendorScope scope = access.currentScope();
        return shown(find(id, scope), scope);
    }

    /** True when the caller may see prices (client staff). */
    public boolean seesPrices() {
        return access.currentScope().unrestricted();
    }

    /** The offer a contract's pricing links to, for client staff; empty for none or for VENDOR users. */
    public Optional<LinkedOffer> linkedOffer(long contractId) {
        Contract contract = get(contractId);
        if (contract.pricing() == null || !seesPrices()) {
            return Optional.empty();
        }
        try {
            BusinessCaseScenario scenario = businessCases.get(contract.pricing().businessCaseId());
            return scenario.inputs().offers().stream()
                    .filter(o -> o.name().equals(contract.pricing().offerName()))
                    .findFirst()
                    .map(o -> new LinkedOffer(scenario.id(), scenario.name(), o));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A business-case offer as linked from a contract. */
    public record LinkedOffer(long businessCaseId, String businessCaseName, BusinessCaseInput.OfferInput offer) {}

    @Transactional
    public Contract create(ContractInput input) {
        ContractInput in = validated(input, true);
        ContractRules rules = validatedRules(input.rules());
        long id = repository.insert(in, rules, access.currentActor(), clock.instant());
        Contract created = find(id, VendorScope.all());
        audit.record(AuditAction.CREATE, AUDIT_CONTRACT, id, created.vendorId(), null, created);
        return created;
    }

    @Transactional
    public Contract update(long id, ContractInput input) {
        Contract before = find(id, access.currentScope());
        ContractInput in = validated(input, false);
        in = new ContractInput(
                before.vendorId(),
                in.name(),
                in.status(),
                in.termStart(),
                in.termEnd(),
                in.pricing(),
                in.queues(),
                in.regions(),
                in.channels(),
                in.monthlyInvoice(),
                in.rules());
        ContractRules rules = validatedRules(input.rules());
        repository.update(id, in, rules, clock.instant());
        Contract after = find(id, VendorScope.all());
        audit.record(AuditAction.UPDATE, AUDIT_CONTRACT, id, after.vendorId(), before, after);
        return after;
    }

    // --- scorecard ---

    public ScorecardDefinition scorecard(long contractId) {
        Contract contract = get(contractId);
        return definition(contract, repository.scorecard(contractId));
    }

    /**
     * Replaces the scorecard. Rejects unknown metric ids, targets on the wrong side of the
     * threshold, weights not summing to 100, and — unless acknowledged — quality and customer
     * metrics carrying less than the contract's required share.
     */
    @Transactional
    public ScorecardDefinition defineScorecard(long contractId, ScorecardInput input) {
        Contract contract = find(contractId, access.currentScope());
        ScorecardDefinition before = definition(contract, repository.scorecard(contractId));
        if (input == null || input.metrics() == null || input.metrics().isEmpty()) {
            throw new InvalidRequestException(
                    "metrics", "metrics must not be empty: a scorecard needs at least one metric");
        }
        List<ContractRepository.StoredLine> lines = new ArrayList<>();
        List<ScorecardMetric> core = new ArrayList<>();
        for (int i = 0; i < input.metrics().size(); i++) {
            ScorecardInput.Line line = input.metrics().get(i);
            String path = "metrics[" + i + "]";
            if (line == null || line.metricId() == null || line.metricId().isBlank()) {
                throw new InvalidRequestException(path + ".metricId", path + ".metricId is required");
            }
            String metricId = line.metricId().strip();
            KpiCatalogue.Metric metric = ScorecardCatalogue.find(metricId)
                    .orElseThrow(() -> new InvalidRequestException(
                            path + ".metricId",
                            path + ".metricId: unknown or unscorable metric '" + metricId + "'; choose one of "
                                    + ScorecardCatalogue.scorable().stream()
                                            .map(KpiCatalogue.Metric::id)
                                            .toList()));
            require(path + ".target", line.target());
            require(path + ".threshold", line.threshold());
            require(path + ".weight", line.weight());
            ScorecardMetric m = checked(
                    path,
                    () -> new ScorecardMetric(
                            metricId,
                            ScorecardCatalogue.kind(metric),
                            ScorecardCatalogue.direction(metric),
                            line.target(),
                            line.threshold(),
                            line.weight()));
            core.add(m);
            lines.add(new ContractRepository.StoredLine(metricId, line.target(), line.threshold(), line.weight()));
        }
        try {
            Scorecards.validate(core);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("weights") ? "metrics.weight" : "metrics";
            throw new InvalidRequestException(field, e.getMessage());
        }
        double required = contract.rules().withDefaults().requiredQualityShare();
        QualityShare share = Scorecards.qualityShare(core, required);
        boolean acknowledged = Boolean.TRUE.equals(input.acknowledgeQualityShare());
        if (!share.met() && !acknowledged) {
            throw new InvalidRequestException(
                    "acknowledgeQualityShare",
                    qualityWarning(share) + "; acknowledge (acknowledgeQualityShare) to save anyway");
        }
        repository.replaceScorecard(contractId, lines);
        repository.setAcknowledged(contractId, !share.met() && acknowledged, clock.instant());
        ScorecardDefinition after = definition(find(contractId, VendorScope.all()), lines);
        audit.record(AuditAction.UPDATE, AUDIT_SCORECARD, contractId, contract.vendorId(), before, after);
        return after;
    }

    private static ScorecardDefinition definition(Contract contract, List<ContractRepository.StoredLine> stored) {
        List<ScorecardDefinition.Line> lines = new ArrayList<>();
        List<ScorecardMetric> core = coreMetrics(stored);
        for (ContractRepository.StoredLine l : stored) {
            Optional<KpiCatalogue.Metric> metric = ScorecardCatalogue.find(l.metricId());
            lines.add(new ScorecardDefinition.Line(
                    l.metricId(),
                    metric.map(KpiCatalogue.Metric::displayName).orElse(l.metricId()),
                    metric.map(m -> m.kind().name()).orElse("?"),
                    metric.map(m -> m.unit().name()).orElse("?"),
                    metric.map(m -> m.direction().name()).orElse("?"),
                    l.target(),
                    l.threshold(),
                    l.weight()));
        }
        double required = contract.rules().withDefaults().requiredQualityShare();
        QualityShare share = Scorecards.qualityShare(core, required);
        boolean met = core.isEmpty() || share.met();
        return new ScorecardDefinition(
                contract.id(),
                lines,
                share.share(),
                required,
                met,
                contract.qualityShareAcknowledged(),
                met ? null : qualityWarning(share));
    }

    static String qualityWarning(QualityShare share) {
        return String.format(
                java.util.Locale.ROOT,
                "Operational metrics dominate: quality and customer metrics carry %.0f%% of the weight, less than the required %.0f%%",
                share.share() * 100,
                share.required() * 100);
    }

    static List<ScorecardMetric> coreMetrics(List<ContractRepository.StoredLine> stored) {
        List<ScorecardMetric> core = new ArrayList<>();
        for (ContractRepository.StoredLine l : stored) {
            ScorecardCatalogue.find(l.metricId())
                    .ifPresent(m -> core.add(new ScorecardMetric(
                            l.metricId(),
                            ScorecardCatalogue.kind(m),
                            ScorecardCatalogue.direction(m),
                            l.target(),
                            l.threshold(),
                            l.weight())));
        }
        return core;
    }

    // --- results ---

    /**
     * The contract's one figure per month, oldest first: the published scorecard run where there is one, else the
     * result recorded by hand. Read from {@link ContractMonths}, as every other place does.
     */
    public ScorecardResults results(long contractId) {
        return months.of(contractId);
    }

    /**
     * Marks the results recorded by hand for {@code period} ({@code yyyy-MM}) as superseded by the published run
     * {@code runId}, and audits the restatement (what was recorded before, the run after). Called when a run is
     * published; returns the number of values superseded (0 when none were recorded).
     */
    @Transactional
    public int supersedeRecordedResults(long contractId, String period, long runId) {
        Contract contract = find(contractId, VendorScope.all());
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
        audit.record(AuditAction.UPDATE, AUDIT_RESULTS, contractId, contract.vendorId(), was, now);
        return superseded;
    }

    /** 409 when {@code month} has a published run: that run is the month's figure, nothing is typed in beside it. */
    private void requireNoPublishedRun(long contractId, LocalDate month, String where) {
        String period = YearMonth.from(month).toString();
        published.publishedMonths(contractId).stream()
                .filter(p -> p.period().equals(period))
                .findFirst()
                .ifPresent(p -> {
                    throw new com.steward.app.web.ConflictException(where + period
                            + " has a published scorecard run (version " + p.version()
                            + "), which is the month's figure: results cannot be recorded by hand for it."
                            + " To change the month, run the scorecard again and publish a restatement.");
                });
    }

    /** Records (or corrects) one month's measured values. */
    @Transactional
    public ScorecardResults recordResults(long contractId, ResultInput input) {
        Contract contract = find(contractId, access.currentScope());
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
        audit.record(AuditAction.UPDATE, AUDIT_RESULTS, contractId, contract.vendorId(), null, input);
        return results(contractId);
    }

    /**
     * Imports measured values from CSV: a header {@code period,metric_id,measured} (optionally
     * {@code ,invoice_amount}), then one row per month and metric. All rows are checked before any
     * is stored; the first bad row is reported with its line number.
     */
    @Transactional
    public int importResults(long contractId, String csv) {
        Contract contract = find(contractId, access.currentScope());
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException("csv", "csv is empty: expected a header period,metric_id,measured");
        }
        List<String> onCard = repository.scorecard(contractId).stream()
                .map(ContractRepository.StoredLine::metricId)
                .toList();
        String[] lines = csv.replace("\r", "").split("\n");
        String header = lines[0].strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        boolean withInvoice = header.equals("period,metric_id,measured,invoice_amount");
        if (!withInvoice && !header.equals("period,metric_id,measured")) {
            throw new InvalidRequestException(
                    "csv", "csv line 1: header must be period,metric_id,measured[,invoice_amount], was " + lines[0]);
        }
        record Row(LocalDate period, String metric, double measured, Double invoice) {}
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = "csv line " + (i + 1);
            String[] cells = lines[i].split(",", -1);
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
            requireNoPublishedRun(contractId, period, where + ": ");
            rows.add(new Row(period, metric, measured, invoice));
            if (rows.size() > MAX_CSV_ROWS) {
                throw new InvalidRequestException("csv", "csv holds more than " + MAX_CSV_ROWS + " rows");
            }
        }
        String actor = access.currentActor();
        for (Row row : rows) {
            repository.upsertPeriod(contractId, row.period(), row.invoice(), actor, clock.instant());
            repository.upsertResult(contractId, row.period(), row.metric(), row.measured(), actor, clock.instant());
        }
        audit.record(
                AuditAction.UPDATE,
                AUDIT_RESULTS,
                contractId,
                contract.vendorId(),
                null,
                Map.of("csvRows", rows.size()));
        return rows.size();
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

    // --- team ---

    public List<TeamMember> team(long contractId) {
        find(contractId, access.currentScope());
        return repository.team(contractId);
    }

    /** Headcount, attrition, tenure and shares over the twelve months ending today. */
    public TeamSummary teamSummary(long contractId) {
        List<TeamMember> team = team(contractId);
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusYears(1).plusDays(1);
        TeamStatistics s = TeamStatistics.of(
                team.stream()
                        .map(m -> new Membership(m.startDate(), m.endDate(), m.dedicated()))
                        .toList(),
                from,
                to);
        long certified = team.stream()
                .filter(m -> new Membership(m.startDate(), m.endDate(), m.dedicated()).activeOn(to))
                .filter(m -> m.certifiedOn() != null && !m.certifiedOn().isAfter(to))
                .count();
        return new TeamSummary(
                from,
                to,
                s.headcount(),
                s.averageHeadcount(),
                s.leavers(),
                nan(s.annualAttrition()),
                nan(s.meanTenureMonths()),
                nan(s.medianTenureMonths()),
                nan(s.shareDedicated()),
                s.headcount() == 0 ? null : (double) certified / s.headcount());
    }

    @Transactional
    public TeamMember addMember(long contractId, TeamMemberInput input) {
        Contract contract = find(contractId, access.currentScope());
        TeamMemberInput in = validatedMember(input);
        if (repository.agentExists(contractId, in.agentId(), -1)) {
            throw new com.steward.app.web.ConflictException("Agent '" + in.agentId() + "' is already on this team");
        }
        long id = repository.insertMember(contractId, in, clock.instant());
        TeamMember created = repository.member(contractId, id).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_MEMBER, id, contract.vendorId(), null, created);
        return created;
    }

    @Transactional
    public TeamMember updateMember(long contractId, long memberId, TeamMemberInput input) {
        Contract contract = find(contractId, access.currentScope());
        TeamMember before = repository
                .member(contractId, memberId)
                .orElseThrow(() -> new NotFoundException("No team member with id " + memberId));
        TeamMemberInput in = validatedMember(input);
        if (repository.agentExists(contractId, in.agentId(), memberId)) {
            throw new com.steward.app.web.ConflictException("Agent '" + in.agentId() + "' is already on this team");
        }
        repository.updateMember(memberId, in, clock.instant());
        TeamMember after = repository.member(contractId, memberId).orElseThrow();
        audit.record(AuditAction.UPDATE, AUDIT_MEMBER, memberId, contract.vendorId(), before, after);
        return after;
    }

    private static TeamMemberInput validatedMember(TeamMemberInput in) {
        if (in == null || in.agentId() == null || in.agentId().isBlank()) {
            throw new InvalidRequestException("agentId", "agentId is required");
        }
        String agent = in.agentId().strip();
        if (agent.length() > 100) {
            throw new InvalidRequestException("agentId", "agentId must be at most 100 characters");
        }
        if (in.startDate() == null) {
            throw new InvalidRequestException("startDate", "startDate is required");
        }
        if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            throw new InvalidRequestException("endDate", "endDate must not be before startDate");
        }
        if (in.certifiedOn() != null && in.certifiedOn().isBefore(in.startDate().minusYears(5))) {
            throw new InvalidRequestException("certifiedOn", "certifiedOn is implausibly early");
        }
        List<String> modules = in.trainingModules() == null
                ? List.of()
                : in.trainingModules().stream()
                        .filter(m -> m != null && !m.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (modules.stream().anyMatch(m -> m.length() > 100) || modules.size() > 50) {
            throw new InvalidRequestException("trainingModules", "at most 50 modules of at most 100 characters");
        }
        return new TeamMemberInput(
                agent,
                in.startDate(),
                in.endDate(),
                in.dedicated() == null || in.dedicated(),
                modules,
                in.certifiedOn());
    }

    // --- helpers ---

    private Contract find(long id, VendorScope scope) {
        return repository.findById(id, scope).orElseThrow(() -> ContractNotFoundException.forId(id));
    }

    private static Contract shown(Contract contract, VendorScope scope) {
        return scope.unrestricted() ? contract : contract.withoutPrices();
    }

    private ContractInput validated(ContractInput in, boolean creating) {
        if (in == null) {
            throw new InvalidRequestException("name", "a contract body is required");
        }
        if (creating) {
            if (in.vendorId() == null) {
                throw new InvalidRequestException("vendorId", "vendorId is required");
            }
            try {
                vendors.get(in.vendorId());
            } catch (NotFoundException e) {
                throw new InvalidRequestException("vendorId", "vendorId: no vendor with id " + in.vendorId());
            }
        }
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidRequestException("name", "name must be 1–200 characters");
        }
        if (in.termStart() == null) {
            throw new InvalidRequestException("termStart", "termStart is required");
        }
        if (in.termEnd() == null) {
            throw new InvalidRequestException("termEnd", "termEnd is required");
        }
        if (in.termEnd().isBefore(in.termStart())) {
            throw new InvalidRequestException("termEnd", "termEnd must not be before termStart");
        }
        if (in.monthlyInvoice() != null && !(in.monthlyInvoice() >= 0 && Double.isFinite(in.monthlyInvoice()))) {
            throw new InvalidRequestException("monthlyInvoice", "monthlyInvoice must be a finite number >= 0");
        }
        PricingLink pricing = in.pricing();
        if (pricing != null
                && pricing.businessCaseId() == null
                && (pricing.offerName() == null || pricing.offerName().isBlank())) {
            pricing = null;
        }
        if (pricing != null) {
            if (pricing.businessCaseId() == null) {
                throw new InvalidRequestException("pricing.businessCaseId", "pricing.businessCaseId is required");
            }
            BusinessCaseScenario scenario;
            try {
                scenario = businessCases.get(pricing.businessCaseId());
            } catch (NotFoundException e) {
                throw new InvalidRequestException(
                        "pricing.businessCaseId",
                        "pricing.businessCaseId: no business case " + pricing.businessCaseId());
            }
            String offer =
                    pricing.offerName() == null ? "" : pricing.offerName().strip();
            if (scenario.inputs().offers().stream().noneMatch(o -> o.name().equals(offer))) {
                throw new InvalidRequestException(
                        "pricing.offerName",
                        "pricing.offerName: business case '" + scenario.name() + "' has no offer named '" + offer
                                + "'");
            }
            pricing = new PricingLink(pricing.businessCaseId(), offer);
        }
        return new ContractInput(
                in.vendorId(),
                name,
                in.status() == null ? ContractStatus.DRAFT : in.status(),
                in.termStart(),
                in.termEnd(),
                pricing,
                cleaned("queues", in.queues()),
                cleaned("regions", in.regions()),
                cleaned("channels", in.channels()),
                in.monthlyInvoice(),
                in.rules());
    }

    private static ContractRules validatedRules(ContractRules rules) {
        ContractRules r = (rules == null ? ContractRules.defaults() : rules).withDefaults();
        if (!(r.requiredQualityShare() >= 0 && r.requiredQualityShare() <= 1)) {
            throw new InvalidRequestException(
                    "rules.requiredQualityShare", "rules.requiredQualityShare must be in [0, 1], e.g. 0.6");
        }
        checked("rules", r::creditPolicy);
        checked("rules", r::standingPolicy);
        return r;
    }

    private static List<String> cleaned(String field, List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> out = items.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        if (out.size() > 50 || out.stream().anyMatch(s -> s.length() > 100 || s.contains("\n"))) {
            throw new InvalidRequestException(field, field + ": at most 50 items of at most 100 characters");
        }
        return out;
    }

    private static void require(String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidRequestException(field, field + " is required and must be a finite number");
        }
    }

    /** Runs a core constructor, turning its IllegalArgumentException into an error naming the field. */
    private static <T> T checked(String prefix, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            String field = prefix + "." + e.getMessage().split(" ", 2)[0];
            throw new InvalidRequestException(field, field + ": " + e.getMessage());
        }
    }

    private static Double nan(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
