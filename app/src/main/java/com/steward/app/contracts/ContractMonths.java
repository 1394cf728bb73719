package com.steward.app.contracts;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.core.scorecards.MetricAttainment;
import com.steward.core.scorecards.MonthlyCredit;
import com.steward.core.scorecards.PeriodScore;
import com.steward.core.scorecards.PeriodStanding;
import com.steward.core.scorecards.ScorecardMetric;
import com.steward.core.scorecards.Scorecards;
import com.steward.core.scorecards.ServiceCredits;
import com.steward.core.scorecards.Standing;
import com.steward.core.scorecards.Standings;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * One figure per contract and month: the published scorecard run of the month if there is one, else the result
 * recorded by hand (labelled so), else nothing. Attainment, the overall score, service credits with earn-back and
 * the standing under the contract's own rules ({@link Standings}, the one standing rule) are computed here once, and
 * every page, API, pack and history that shows a contract's month reads them from here.
 *
 * <p>A month has "insufficient data" — no score, no standing, no credit — when it lies outside the contract's term or
 * its published run had a metric below its minimum sample or not reported, unless that run was published with an
 * override (a recorded reason), in which case it is scored on the values it has. A DRAFT contract has no standing.
 */
@Service
public class ContractMonths {

    private final ContractRepository repository;
    private final PublishedScorecards published;
    private final VendorAccess access;

    ContractMonths(ContractRepository repository, PublishedScorecards published, VendorAccess access) {
        this.repository = repository;
        this.published = published;
        this.access = access;
    }

    /** The contract's months, oldest first, in the caller's scope (404 for a contract it may not see). */
    public ScorecardResults of(long contractId) {
        VendorScope scope = access.currentScope();
        Contract contract =
                repository.findById(contractId, scope).orElseThrow(() -> ContractNotFoundException.forId(contractId));
        return figures(contract, scope.unrestricted());
    }

    /** The standing after the latest scored month, null for none (a DRAFT contract or nothing scored yet). */
    public String standing(long contractId) {
        return of(contractId).standing();
    }

    /** One month's input to the rule: the lines scored and how they were measured. */
    private record Month(
            YearMonth month,
            ScorecardResults.Source source,
            Long runId,
            Integer version,
            List<ScorecardMetric> metrics,
            Map<String, Double> values,
            Map<String, Double> unscored,
            List<String> insufficientData,
            String overrideReason) {}

    ScorecardResults figures(Contract contract, boolean prices) {
        long id = contract.id();
        TreeMap<YearMonth, Month> months = new TreeMap<>();
        for (PublishedScorecards.PublishedMonth run : published.publishedMonths(id)) {
            months.put(YearMonth.parse(run.period()), fromRun(contract, run));
        }
        List<ScorecardMetric> card = Contracts.coreMetrics(repository.scorecard(id));
        Map<YearMonth, Map<String, Double>> recorded = new TreeMap<>();
        Map<YearMonth, Double> invoices = new HashMap<>();
        repository.periods(id).forEach(p -> {
            recorded.computeIfAbsent(YearMonth.from(p.period()), k -> new LinkedHashMap<>());
            invoices.put(YearMonth.from(p.period()), p.invoice());
        });
        repository
                .results(id)
                .forEach(r -> recorded.computeIfAbsent(YearMonth.from(r.period()), k -> new LinkedHashMap<>())
                        .put(r.metricId(), r.measured()));
        recorded.forEach((month, values) -> {
            // a published run is the month's figure; what was typed in for it is superseded
            if (!months.containsKey(month)) {
                List<String> reasons =
                        outsideTerm(contract, month).map(List::of).orElse(List.of());
                months.put(
                        month,
                        new Month(
                                month,
                                ScorecardResults.Source.RECORDED_BY_HAND,
                                null,
                                null,
                                card,
                                reasons.isEmpty() ? values : Map.of(),
                                reasons.isEmpty() ? Map.of() : values,
                                reasons,
                                null));
            }
        });

        List<Month> list = new ArrayList<>(months.values());
        List<PeriodScore> scores = list.stream()
                .map(m -> Scorecards.score(m.metrics(), m.values()))
                .toList();
        List<Double> invoiceList = list.stream()
                .map(m -> Optional.ofNullable(invoices.get(m.month()))
                        .orElse(contract.monthlyInvoice() == null ? 0.0 : contract.monthlyInvoice()))
                .toList();
        ContractRules rules = contract.rules().withDefaults();
        List<MonthlyCredit> ledger = ServiceCredits.ledger(
                scores.stream().map(PeriodScore::score).toList(), invoiceList, rules.creditPolicy());
        List<PeriodStanding> standings = Standings.history(scores, rules.standingPolicy());
        boolean hasStanding = contract.status() != ContractStatus.DRAFT;

        List<ScorecardResults.Period> periods = new ArrayList<>();
        double credited = 0;
        double earned = 0;
        for (int i = 0; i < list.size(); i++) {
            Month m = list.get(i);
            PeriodScore s = scores.get(i);
            MonthlyCredit c = ledger.get(i);
            PeriodStanding st = standings.get(i);
            credited += c.credit();
            earned += c.earnedBack();
            boolean shown = hasStanding && s.measured();
            periods.add(new ScorecardResults.Period(
                    m.month().toString(),
                    m.source(),
                    m.runId(),
                    m.version(),
                    s.measured() ? List.of() : m.insufficientData(),
                    m.overrideReason(),
                    metricResults(m, s),
                    s.measured() ? s.score() : null,
                    s.coverage(),
                    s.breaches(),
                    c.creditPercent(),
                    prices ? c.invoice() : null,
                    prices ? c.credit() : null,
                    prices ? c.earnedBack() : null,
                    prices ? c.outstanding() : null,
                    shown ? st.standing().name() : null,
                    s.measured() && st.belowThreshold(),
                    shown && st.chronic(),
                    shown ? st.chronicMetrics() : List.of()));
        }
        Standing latest = hasStanding ? Standings.latest(scores, rules.standingPolicy()) : null;
        boolean chronic = latest != null && standings.getLast().chronic();
        return new ScorecardResults(
                id,
                periods,
                latest == null ? null : latest.name(),
                chronic,
                prices ? credited : null,
                prices ? earned : null,
                prices ? (ledger.isEmpty() ? 0.0 : ledger.getLast().outstanding()) : null);
    }

    /** A published run as the month's input: its own (snapshot) lines, its insufficiency and any override. */
    private static Month fromRun(Contract contract, PublishedScorecards.PublishedMonth run) {
        YearMonth month = YearMonth.parse(run.period());
        List<String> reasons = new ArrayList<>(run.insufficientData());
        // a run published before the term rule existed may lie outside the term: it says so too
        outsideTerm(contract, month).filter(r -> !reasons.contains(r)).ifPresent(reasons::add);
        boolean overridden = run.overrideReason() != null;
        List<ScorecardMetric> metrics = new ArrayList<>();
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Double> unscored = new LinkedHashMap<>();
        for (PublishedScorecards.Line line : run.lines()) {
            Optional<KpiCatalogue.Metric> metric = ScorecardCatalogue.find(line.metricId());
            if (metric.isEmpty()) {
                continue;
            }
            metrics.add(new ScorecardMetric(
                    line.metricId(),
                    ScorecardCatalogue.kind(metric.get()),
                    ScorecardCatalogue.direction(metric.get()),
                    line.target(),
                    line.threshold(),
                    line.weight()));
            if (line.measured() == null) {
                continue;
            }
            if ((reasons.isEmpty() || overridden) && !(line.insufficient() && !overridden)) {
                values.put(line.metricId(), line.measured());
            } else {
                unscored.put(line.metricId(), line.measured());
            }
        }
        return new Month(
                month,
                ScorecardResults.Source.PUBLISHED_RUN,
                run.runId(),
                run.version(),
                metrics,
                values,
                unscored,
                reasons,
                run.overrideReason());
    }

    private static List<ScorecardResults.MetricResult> metricResults(Month m, PeriodScore s) {
        List<ScorecardResults.MetricResult> out = new ArrayList<>();
        Set<String> scored = new HashSet<>();
        for (MetricAttainment a : s.metrics()) {
            scored.add(a.metric().metricId());
            out.add(new ScorecardResults.MetricResult(
                    a.metric().metricId(), a.measured(), a.attainment(), a.breached(), false));
        }
        m.unscored().forEach((metricId, value) -> {
            if (!scored.contains(metricId)) {
                out.add(new ScorecardResults.MetricResult(metricId, value, null, false, true));
            }
        });
        return out;
    }

    /** "outside the contract term (…)" when {@code month} does not overlap the term, else empty. */
    static Optional<String> outsideTerm(Contract contract, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (last.isBefore(contract.termStart()) || first.isAfter(contract.termEnd())) {
            return Optional.of(
                    "outside the contract term (" + contract.termStart() + " to " + contract.termEnd() + ")");
        }
        return Optional.empty();
    }
}
