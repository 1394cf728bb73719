package com.steward.app.rollout;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.statistics.Cell;
import com.steward.core.statistics.DifferenceInDifferences;
import com.steward.core.statistics.Interval;
import com.steward.core.statistics.MixAdjustment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The roll-out module's facade. Plans are read in the caller's vendor scope (a VENDOR user sees its own vendor's
 * plans, gate results and decisions, never another vendor's: 404). Creating plans and recording decisions is
 * audited; a decision stores the gate evidence as it stood.
 */
@Service
public class TransitionPlans {

    static final String AUDIT_PLAN = "transition_plan";
    static final String AUDIT_DECISION = "transition_decision";

    /** Metrics shown on the comparison page, in order. */
    public static final List<String> COMPARED_METRICS = List.of(
            "csat",
            "fcr",
            "resolved_rate",
            "complaint_rate",
            "qa",
            "service_level",
            "abandonment_rate",
            "transfer_rate",
            "asa",
            "aht");

    private final RolloutRepository repository;
    private final PhaseMetrics metrics;
    private final VendorRegister vendors;
    private final Contracts contracts;
    private final VendorAccess access;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    TransitionPlans(
            RolloutRepository repository,
            PhaseMetrics metrics,
            VendorRegister vendors,
            Contracts contracts,
            VendorAccess access,
            AuditLog audit,
            ObjectMapper json,
            Clock clock) {
        this.repository = repository;
        this.metrics = metrics;
        this.vendors = vendors;
        this.contracts = contracts;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public List<TransitionPlan> visiblePlans() {
        return repository.findAll(access.currentScope());
    }

    public TransitionPlan get(long id) {
        return repository.findById(id, access.currentScope()).orElseThrow(() -> PlanNotFoundException.forPlan(id));
    }

    /** The phase with its plan, if visible to the caller. */
    public PlanPhase phase(long phaseId) {
        VendorScope scope = access.currentScope();
        long planId = repository.planOfPhase(phaseId, scope).orElseThrow(() -> PlanNotFoundException.forPhase(phaseId));
        TransitionPlan plan = get(planId);
        Phase phase = plan.phases().stream()
                .filter(p -> p.id() == phaseId)
                .findFirst()
                .orElseThrow(() -> PlanNotFoundException.forPhase(phaseId));
        return new PlanPhase(plan, phase);
    }

    /** A phase together with the plan it belongs to. */
    public record PlanPhase(TransitionPlan plan, Phase phase) {}

    @Transactional
    public TransitionPlan create(PlanInput input) {
        PlanInput in = validated(input);
        long id = repository.insertPlan(in, access.currentActor(), clock.instant());
        TransitionPlan created = repository.findById(id, VendorScope.all()).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_PLAN, id, created.vendorId(), null, created);
        return created;
    }

    // --- gates ---

    /** Every gate of the phase judged on the lake for the phase's segments and dates. */
    public List<GateEvaluation> evaluate(long phaseId) {
        PlanPhase pp = phase(phaseId);
        return evaluate(pp.plan(), pp.phase());
    }

    List<GateEvaluation> evaluate(TransitionPlan plan, Phase phase) {
        Set<String> wanted = new TreeSet<>();
        phase.gates().forEach(g -> wanted.add(g.metric()));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, MetricSample>> data = metrics.byHandler(
                phase, phase.start(), phase.end(), Set.of(plan.vendorCode(), PhaseMetrics.INHOUSE), wanted);
        List<GateEvaluation> out = new ArrayList<>();
        for (Gate gate : phase.gates()) {
            out.add(GateRules.evaluate(
                    gate,
                    sample(data, plan.vendorCode(), gate.metric()),
                    sample(data, PhaseMetrics.INHOUSE, gate.metric())));
        }
        return out;
    }

    // --- decisions ---

    public List<DecisionRecord> decisions(long phaseId) {
        phase(phaseId);
        return repository.decisions(phaseId);
    }

    /** Records a decision with the current gate evidence; audited with who decided. */
    @Transactional
    public DecisionRecord decide(long phaseId, DecisionInput input) {
        PlanPhase pp = phase(phaseId);
        if (input == null || input.decision() == null) {
            throw new InvalidRequestException("decision", "choose GO, NO_GO or EXTEND");
        }
        String rationale = input.rationale() == null ? "" : input.rationale().strip();
        if (rationale.isEmpty()) {
            throw new InvalidRequestException("rationale", "say why");
        }
        if (rationale.length() > 4000) {
            throw new InvalidRequestException("rationale", "at most 4000 characters");
        }
        List<GateEvaluation> evidence = evaluate(pp.plan(), pp.phase());
        String evidenceJson = json.writeValueAsString(evidence);
        long id = repository.insertDecision(
                phaseId,
                new DecisionInput(input.decision(), rationale),
                evidenceJson,
                access.currentActor(),
                clock.instant());
        DecisionRecord recorded = repository.decisions(phaseId).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_DECISION, id, pp.plan().vendorId(), null, recorded);
        return recorded;
    }

    // --- pilot vs in-house ---

    /** The pilot-versus-in-house comparison of a phase (client staff). */
    public PhaseComparison compare(long phaseId) {
        PlanPhase pp = phase(phaseId);
        TransitionPlan plan = pp.plan();
        Phase phase = pp.phase();
        long days = ChronoUnit.DAYS.between(phase.start(), phase.end()) + 1;
        LocalDate beforeTo = phase.start().minusDays(1);
        LocalDate beforeFrom = phase.start().minusDays(days);
        Set<String> handlers = Set.of(plan.vendorCode(), PhaseMetrics.INHOUSE);
        Set<String> wanted = new LinkedHashSet<>(COMPARED_METRICS);
        var after = metrics.byHandler(phase, phase.start(), phase.end(), handlers, wanted);
        var before = metrics.byHandler(phase, beforeFrom, beforeTo, handlers, wanted);
        var segments = metrics.bySegment(phase, phase.start(), phase.end(), handlers, wanted);
        List<PhaseComparison.Row> rows = new ArrayList<>();
        for (String metric : COMPARED_METRICS) {
            KpiCatalogue.Metric m = KpiCatalogue.byId(metric);
            boolean rate = m.shape() == KpiCatalogue.Shape.PROPORTION;
            MetricSample v = sample(after, plan.vendorCode(), metric);
            MetricSample i = sample(after, PhaseMetrics.INHOUSE, metric);
            GateEvaluation difference =
                    GateRules.evaluate(new Gate(0, metric, Gate.Basis.RELATIVE, Gate.Comparison.AT_LEAST, 0), v, i);
            MetricSample vb = sample(before, plan.vendorCode(), metric);
            MetricSample ib = sample(before, PhaseMetrics.INHOUSE, metric);
            PhaseComparison.Did did = null;
            String didNote;
            if (!i.hasData() || !ib.hasData()) {
                didNote = "No in-house data in these segments both before and after the phase start.";
            } else if (!vb.hasData() || !v.hasData()) {
                didNote = "The vendor handled none of these segments in the window before the phase start.";
            } else {
                DifferenceInDifferences.Result r = DifferenceInDifferences.estimate95(
                        cell(vb, rate), cell(v, rate), cell(ib, rate), cell(i, rate));
                did = new PhaseComparison.Did(estimate(r.interval()), r.treatedChange(), r.controlChange());
                didNote = null;
            }
            rows.add(new PhaseComparison.Row(
                    metric,
                    m.displayName(),
                    rate,
                    m.direction() == KpiCatalogue.Direction.HIGHER_IS_BETTER,
                    v,
                    i,
                    difference.tested(),
                    difference.method(),
                    did,
                    didNote,
                    mix(segments, plan.vendorCode(), metric, rate, v)));
        }
        return new PhaseComparison(plan.id(), phase, plan.vendorCode(), plan.vendorName(), beforeFrom, beforeTo, rows);
    }

    private static PhaseComparison.Mix mix(
            Map<String, Map<String, MetricSample>> segments,
            String vendor,
            String metric,
            boolean rate,
            MetricSample crude) {
        Set<String> keys = new TreeSet<>();
        for (String key : segments.keySet()) {
            keys.add(key.substring(key.indexOf('|') + 1));
        }
        List<MixAdjustment.Stratum> strata = new ArrayList<>();
        for (String segment : keys) {
            MetricSample v = sample(segments, vendor + "|" + segment, metric);
            MetricSample i = sample(segments, PhaseMetrics.INHOUSE + "|" + segment, metric);
            strata.add(new MixAdjustment.Stratum(
                    segment.replace('|', '/'),
                    i.observations(),
                    v.hasData() ? cell(v, rate) : null,
                    i.hasData() ? cell(i, rate) : null));
        }
        if (strata.stream().noneMatch(s -> s.referenceCount() > 0 && s.group() != null && s.reference() != null)) {
            return null;
        }
        MixAdjustment.Result r = MixAdjustment.standardise95(strata);
        return new PhaseComparison.Mix(
                crude.value(), r.adjusted(), r.reference(), estimate(r.difference()), r.coverage(), r.segmentsUsed());
    }

    /** A cell in display units: percent for rates (variance p(1 − p)/n scaled by 100²), s²/n for means. */
    private static Cell cell(MetricSample s, boolean rate) {
        if (rate) {
            Cell c = Cell.proportion(s.successes(), s.observations());
            return new Cell(100 * c.estimate(), 10_000 * c.variance(), c.observations());
        }
        return Cell.mean(s.value(), s.standardDeviation(), s.observations());
    }

    private static GateEvaluation.Estimate estimate(Interval i) {
        return new GateEvaluation.Estimate(i.estimate(), i.low(), i.high());
    }

    private static MetricSample sample(Map<String, Map<String, MetricSample>> data, String key, String metric) {
        Map<String, MetricSample> m = data.get(key);
        MetricSample s = m == null ? null : m.get(metric);
        return s == null ? new MetricSample(Double.NaN, null, null, 0, 0, 0, 0) : s;
    }

    // --- validation ---

    private PlanInput validated(PlanInput in) {
        if (in == null) {
            throw new InvalidRequestException("name", "send a plan");
        }
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidRequestException("name", "give the plan a name of at most 200 characters");
        }
        Vendor vendor = vendors.get(in.vendorId());
        if (in.contractId() != null) {
            Contract contract = contracts.get(in.contractId());
            if (contract.vendorId() != vendor.id()) {
                throw new InvalidRequestException("contractId", "the contract belongs to another vendor");
            }
        }
        if (in.phases() == null || in.phases().isEmpty()) {
            throw new InvalidRequestException("phases", "a plan needs at least one phase");
        }
        List<PlanInput.PhaseInput> phases = new ArrayList<>();
        for (PlanInput.PhaseInput p : in.phases()) {
            String phaseName = p.name() == null || p.name().isBlank()
                    ? "Phase " + (phases.size() + 1)
                    : p.name().strip();
            if (phaseName.length() > 200) {
                throw new InvalidRequestException("phases.name", "at most 200 characters");
            }
            if (p.start() == null || p.end() == null || p.end().isBefore(p.start())) {
                throw new InvalidRequestException("phases.start", "a phase needs a start on or before its end");
            }
            if (!(p.trafficShare() > 0 && p.trafficShare() <= 1)) {
                throw new InvalidRequestException("phases.trafficShare", "share of traffic must be in (0, 1]");
            }
            List<PlanInput.GateInput> gates = new ArrayList<>();
            for (PlanInput.GateInput g : p.gates() == null ? List.<PlanInput.GateInput>of() : p.gates()) {
                KpiCatalogue.Metric metric;
                try {
                    metric = KpiCatalogue.byId(
                            g.metric() == null ? "" : g.metric().strip());
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("gates.metric", e.getMessage());
                }
                if (metric.shape() != KpiCatalogue.Shape.PROPORTION && metric.shape() != KpiCatalogue.Shape.MEAN) {
                    throw new InvalidRequestException("gates.metric", "gates take rates and means, not " + metric.id());
                }
                if (g.basis() == null
                        || g.comparison() == null
                        || g.threshold() == null
                        || g.threshold().isNaN()) {
                    throw new InvalidRequestException(
                            "gates.threshold", "a gate needs basis, comparison and threshold");
                }
                gates.add(new PlanInput.GateInput(metric.id(), g.basis(), g.comparison(), g.threshold()));
            }
            phases.add(new PlanInput.PhaseInput(
                    phaseName, clean(p.queues()), clean(p.regions()), p.trafficShare(), p.start(), p.end(), gates));
        }
        PhaseSchedule.firstOverlap(phases).ifPresent(problem -> {
            throw new InvalidRequestException("phases", problem);
        });
        return new PlanInput(vendor.id(), in.contractId(), name, phases);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                if (v.contains(",") || v.strip().length() > 60) {
                    throw new InvalidRequestException("phases.queues", "segment names are short and without commas");
                }
                out.add(v.strip());
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }
}
