package com.steward.app.relationship;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.scorecards.RunStatus;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.core.calendar.Quarter;
import com.steward.core.relationship.HealthComponent;
import com.steward.core.relationship.HealthIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The relationship health index per vendor and quarter (see docs/govern-relationship.md for the formula): client and
 * vendor survey scores (only of surveys whose results are shown, so the index never reveals a hidden result),
 * promises kept on time, meeting cadence kept and escalations, weighted by {@link HealthSettings} with missing
 * components left out. Read in the caller's vendor scope: another vendor's history answers 404 to a VENDOR user.
 */
@Service
public class RelationshipHealth {

    private final RelationshipRepository repository;
    private final PulseSurveys surveys;
    private final HealthSettings settings;
    private final VendorRegister vendors;
    private final Contracts contracts;
    private final ScorecardRuns scorecardRuns;
    private final Clock clock;

    RelationshipHealth(
            RelationshipRepository repository,
            PulseSurveys surveys,
            HealthSettings settings,
            VendorRegister vendors,
            Contracts contracts,
            ScorecardRuns scorecardRuns,
            Clock clock) {
        this.repository = repository;
        this.surveys = surveys;
        this.settings = settings;
        this.vendors = vendors;
        this.contracts = contracts;
        this.scorecardRuns = scorecardRuns;
        this.clock = clock;
    }

    /**
     * The vendor's health index for every quarter from its first governance record or survey to the newest (gaps
     * filled with quarters without an index), oldest first; 404 when the vendor is not visible.
     */
    public List<QuarterHealth> history(long vendorId) {
        Vendor vendor = vendors.get(vendorId);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Quarter current = Quarter.of(today);

        Map<Quarter, Map<SurveyDirection, SurveyResults>> surveyScores = new TreeMap<>();
        for (SurveyResults r : surveys.resultsOfVendor(vendor.id())) {
            if (r.shown()) {
                surveyScores
                        .computeIfAbsent(Quarter.parse(r.quarter()), q -> new EnumMap<>(SurveyDirection.class))
                        .put(r.direction(), r);
            }
        }
        Map<Quarter, long[]> meetings = new TreeMap<>(); // held, scheduled
        for (RelationshipRepository.Meeting m : repository.meetings(vendor.id())) {
            if (m.scheduledAt().isAfter(now)) {
                continue;
            }
            long[] c = meetings.computeIfAbsent(
                    Quarter.of(LocalDate.ofInstant(m.scheduledAt(), clock.getZone())), q -> new long[2]);
            c[1]++;
            if ("HELD".equals(m.status())) {
                c[0]++;
            }
        }
        Map<Quarter, long[]> promises = new TreeMap<>(); // kept on time, due
        for (RelationshipRepository.Promise p : repository.promises(vendor.id())) {
            boolean settled = !"OPEN".equals(p.status());
            if (!settled && !p.dueDate().isBefore(today)) {
                continue; // still open and not yet due: neither kept nor broken
            }
            long[] c = promises.computeIfAbsent(Quarter.of(p.dueDate()), q -> new long[2]);
            c[1]++;
            if ("KEPT".equals(p.status()) && p.keptOn() != null && !p.keptOn().isAfter(p.dueDate())) {
                c[0]++;
            }
        }
        Map<Quarter, long[]> ledger = new TreeMap<>(); // escalations, entries
        for (RelationshipRepository.LedgerEntry e : repository.ledger(vendor.id())) {
            long[] c = ledger.computeIfAbsent(Quarter.of(e.month()), q -> new long[2]);
            c[1]++;
            if ("ESCALATION".equals(e.category())) {
                c[0]++;
            }
        }
        TreeSet<Quarter> quarters = new TreeSet<>();
        quarters.addAll(surveyScores.keySet());
        quarters.addAll(meetings.keySet());
        quarters.addAll(promises.keySet());
        quarters.addAll(ledger.keySet());
        quarters.removeIf(q -> q.compareTo(current) > 0);
        List<QuarterHealth> out = new ArrayList<>();
        if (quarters.isEmpty()) {
            return out;
        }
        for (Quarter q = quarters.first(); q.compareTo(quarters.last()) <= 0; q = q.next()) {
            out.add(quarter(
                    q, surveyScores.getOrDefault(q, Map.of()), meetings.get(q), promises.get(q), ledger.get(q)));
        }
        return out;
    }

    /** The newest quarter with an index, if any. */
    public Optional<QuarterHealth> latest(long vendorId) {
        List<QuarterHealth> history = history(vendorId);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).index() != null) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every visible vendor (not in-house) with its latest published scorecard score and its latest health. */
    public List<VendorHealth> overview() {
        Map<Long, ScorecardRun> latestRuns = new TreeMap<>();
        for (Contract contract : contracts.visibleContracts()) {
            for (ScorecardRun run : scorecardRuns.runs(contract.id())) {
                if (run.status() != RunStatus.PUBLISHED
                        || run.isWeekly()
                        || run.numbers().score() == null) {
                    continue;
                }
                ScorecardRun known = latestRuns.get(run.vendorId());
                if (known == null || run.period().compareTo(known.period()) > 0) {
                    latestRuns.put(run.vendorId(), run);
                }
            }
        }
        List<VendorHealth> rows = new ArrayList<>();
        for (Vendor vendor : vendors.visibleVendors()) {
            if (vendor.inHouse()) {
                continue;
            }
            List<QuarterHealth> withIndex =
                    history(vendor.id()).stream().filter(h -> h.index() != null).toList();
            ScorecardRun run = latestRuns.get(vendor.id());
            rows.add(new VendorHealth(
                    vendor.id(),
                    vendor.code(),
                    vendor.name(),
                    run == null ? null : run.numbers().score(),
                    run == null ? null : run.period(),
                    run == null ? null : run.id(),
                    withIndex.isEmpty() ? null : withIndex.getLast(),
                    withIndex.size() < 2 ? null : withIndex.get(withIndex.size() - 2)));
        }
        return rows;
    }

    private QuarterHealth quarter(
            Quarter q,
            Map<SurveyDirection, SurveyResults> surveyResults,
            long @Nullable [] meetings,
            long @Nullable [] promises,
            long @Nullable [] ledger) {
        Map<HealthComponent, Double> scores = new EnumMap<>(HealthComponent.class);
        Map<HealthComponent, String> basis = new EnumMap<>(HealthComponent.class);
        SurveyResults client = surveyResults.get(SurveyDirection.CLIENT_ABOUT_VENDOR);
        if (client != null) {
            scores.put(HealthComponent.CLIENT_SURVEY, client.score());
            basis.put(HealthComponent.CLIENT_SURVEY, surveyBasis(client));
        }
        SurveyResults vendor = surveyResults.get(SurveyDirection.VENDOR_ABOUT_CLIENT);
        if (vendor != null) {
            scores.put(HealthComponent.VENDOR_SURVEY, vendor.score());
            basis.put(HealthComponent.VENDOR_SURVEY, surveyBasis(vendor));
        }
        if (promises != null && promises[1] > 0) {
            scores.put(HealthComponent.PROMISES, HealthIndex.shareScore(promises[0], promises[1]));
            basis.put(HealthComponent.PROMISES, promises[0] + " of " + promises[1] + " promises kept on time");
        }
        if (meetings != null && meetings[1] > 0) {
            scores.put(HealthComponent.MEETINGS, HealthIndex.shareScore(meetings[0], meetings[1]));
            basis.put(HealthComponent.MEETINGS, meetings[0] + " of " + meetings[1] + " scheduled meetings held");
        }
        if (ledger != null && ledger[1] > 0) {
            scores.put(HealthComponent.ESCALATIONS, HealthIndex.escalationScore(ledger[0], settings.escalationScale()));
            basis.put(HealthComponent.ESCALATIONS, ledger[0] + " escalation" + (ledger[0] == 1 ? "" : "s"));
        }
        Optional<HealthIndex.Result> result = HealthIndex.compute(scores, settings.weights());
        List<QuarterHealth.ComponentScore> components = new ArrayList<>();
        for (HealthComponent c : HealthComponent.values()) {
            components.add(new QuarterHealth.ComponentScore(
                    c,
                    c.label(),
                    scores.get(c),
                    result.map(r -> r.weights().get(c)).orElse(null),
                    basis.getOrDefault(c, "no data")));
        }
        return new QuarterHealth(
                q.toString(), result.map(HealthIndex.Result::index).orElse(null), components);
    }

    private static String surveyBasis(SurveyResults r) {
        return String.format(Locale.ROOT, "mean %.2f of 5 from %d responses", r.overallMean(), r.responses());
    }
}
