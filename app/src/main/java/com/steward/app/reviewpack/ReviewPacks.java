package com.steward.app.reviewpack;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.keycustomers.KeyCustomerSamples;
import com.steward.app.keycustomers.VendorVoiceSummary;
import com.steward.app.monitoring.Alert;
import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.relationship.PulseSurveys;
import com.steward.app.relationship.QuarterHealth;
import com.steward.app.relationship.RelationshipHealth;
import com.steward.app.relationship.SurveyDirection;
import com.steward.app.relationship.SurveyResults;
import com.steward.app.renewal.Renewals;
import com.steward.app.reviews.KeptRate;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.MeetingStatus;
import com.steward.app.reviews.Reviews;
import com.steward.app.reviews.Side;
import com.steward.app.rollout.Phase;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.scorecards.RunStatus;
import com.steward.app.scorecards.ScorecardNumbers;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.VendorAccess;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.DisplayFormat;
import com.steward.core.calendar.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Assembles review packs from what is published: scorecard runs, the lake's KPIs, transition gates and monitoring
 * alerts, each read through its own feature's facade so the caller's vendor scope applies (a VENDOR user gets a pack
 * of its own vendor only; any other vendor is "not found").
 */
@Service
public class ReviewPacks {

    private static final int TREND_MONTHS = 12;

    private final VendorRegister vendors;
    private final Contracts contracts;
    private final ScorecardRuns runs;
    private final TransitionPlans plans;
    private final Monitoring monitoring;
    private final VendorAccess access;
    private final Clock clock;
    private final ReviewPackDocument document;
    private final RelationshipHealth health;
    private final PulseSurveys surveys;
    private final KeyCustomerSamples keyCustomers;
    private final Renewals renewals;
    private final Reviews reviews;
    private final DisplayFormat fmt;
    private final ZoneId zone;

    ReviewPacks(
            VendorRegister vendors,
            Contracts contracts,
            ScorecardRuns runs,
            TransitionPlans plans,
            Monitoring monitoring,
            VendorAccess access,
            Clock clock,
            ReviewPackDocument document,
            RelationshipHealth health,
            PulseSurveys surveys,
            KeyCustomerSamples keyCustomers,
            Renewals renewals,
            Reviews reviews,
            DisplayFormat fmt,
            @Value("${steward.reviews.zone:Europe/Berlin}") ZoneId zone) {
        this.vendors = vendors;
        this.contracts = contracts;
        this.runs = runs;
        this.plans = plans;
        this.monitoring = monitoring;
        this.access = access;
        this.clock = clock;
        this.document = document;
        this.health = health;
        this.surveys = surveys;
        this.keyCustomers = keyCustomers;
        this.renewals = renewals;
        this.reviews = reviews;
        this.fmt = fmt;
        this.zone = zone;
    }

    /** Assembles and renders the pack of {@code vendorId} for {@code period} ({@code 2026-Q1} or {@code 2026-03}). */
    public ReviewPackFile render(long vendorId, String period) {
        long started = System.nanoTime();
        ReviewPack pack = assemble(vendorId, ReviewPeriod.parse(period));
        byte[] pdf = document.pdf(pack, zone);
        return new ReviewPackFile(ReviewPackFile.fileName(pack), pdf, (System.nanoTime() - started) / 1_000_000);
    }

    /** The vendors the caller may build a pack for (not the in-house center). */
    public List<Vendor> vendors() {
        return vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList();
    }

    /** The default period: the quarter of the newest published month, else of today. */
    public ReviewPeriod defaultPeriod(long vendorId) {
        return contractsOf(vendorId).stream()
                .flatMap(c -> runs.runs(c.id()).stream())
                .filter(r -> r.status() == RunStatus.PUBLISHED && !r.isWeekly())
                .map(r -> YearMonth.parse(r.period()))
                .max(Comparator.naturalOrder())
                .map(ReviewPeriod::quarterOf)
                .orElseGet(() -> ReviewPeriod.quarterOf(YearMonth.now(clock)));
    }

    public ReviewPack assemble(long vendorId, ReviewPeriod period) {
        Vendor vendor = vendors.get(vendorId);
        List<Contract> contractsOfVendor = contractsOf(vendorId);
        // each contract's published months, read once for the scorecard section and the trends
        Map<Long, Map<String, ScorecardRun>> published = new HashMap<>();
        List<ReviewPack.ContractSection> sections = new ArrayList<>();
        for (Contract contract : contractsOfVendor) {
            published.put(contract.id(), publishedMonths(contract));
            sections.add(contractSection(contract, period, published.get(contract.id())));
        }
        List<Alert> alerts = monitoring.alerts(null).stream()
                .filter(a -> a.vendorId() != null && a.vendorId() == vendorId)
                .filter(a -> period.contains(a.week()) || a.status() == AlertStatus.OPEN)
                .sorted(Comparator.comparing(Alert::week).reversed())
                .toList();
        long open = alerts.stream().filter(a -> a.status() == AlertStatus.OPEN).count();
        return new ReviewPack(
                vendor,
                period,
                clock.instant(),
                access.currentActor(),
                !access.currentScope().unrestricted(),
                sections,
                trends(vendor, period, contractsOfVendor, published),
                gates(vendorId, period),
                alerts,
                open,
                relationship(vendorId, period),
                governance(vendorId, period),
                renewals.remediationPlans(vendorId).stream()
                        .filter(p -> p.closedOn() == null || !p.closedOn().isBefore(period.from()))
                        .filter(p -> !p.openedOn().isAfter(period.to()))
                        .toList());
    }

    private ReviewPack.Governance governance(long vendorId, ReviewPeriod period) {
        List<Meeting> meetings = reviews.meetingsBetween(vendorId, period.from(), period.to());
        long held =
                meetings.stream().filter(m -> m.status() == MeetingStatus.HELD).count();
        long cancelled = meetings.stream()
                .filter(m -> m.status() == MeetingStatus.CANCELLED)
                .count();
        String quarter = quarterOf(period.lastMonth());
        List<KeptRate> rates = reviews.keptRates(vendorId).stream()
                .filter(r -> r.quarter().compareTo(quarter) <= 0)
                .toList();
        List<String> quarters =
                rates.stream().map(KeptRate::quarter).distinct().sorted().toList();
        if (quarters.size() > 8) {
            quarters = quarters.subList(quarters.size() - 8, quarters.size());
        }
        String chart = null;
        if (!quarters.isEmpty()) {
            List<PackCharts.Series> series = new ArrayList<>();
            int colour = 0;
            for (Side side : Side.values()) {
                List<@Nullable Double> values = new ArrayList<>();
                for (String q : quarters) {
                    values.add(rates.stream()
                            .filter(r -> r.side() == side && r.quarter().equals(q) && r.rate() != null)
                            .map(r -> r.rate() * 100)
                            .findFirst()
                            .orElse(null));
                }
                series.add(new PackCharts.Series(
                        side == Side.VENDOR ? "Vendor's promises" : "Our promises",
                        PackCharts.color(colour++),
                        values,
                        side == Side.CLIENT));
            }
            chart = PackCharts.lineChart(
                    "Promises kept on time, by quarter due", quarters, series, List.of(), 0.0, 100.0, "%", 360, 190);
        }
        String nextSteps = meetings.stream()
                .filter(m -> m.status() == MeetingStatus.HELD
                        && m.nextSteps() != null
                        && !m.nextSteps().isBlank())
                .reduce((first, second) -> second)
                .map(Meeting::nextSteps)
                .orElse(null);
        return new ReviewPack.Governance(
                meetings,
                held,
                cancelled,
                reviews.promisesDueBetween(vendorId, period.from(), period.to()),
                rates.stream().filter(r -> r.quarter().equals(quarter)).toList(),
                chart,
                reviews.openActions(vendorId),
                nextSteps);
    }

    private static String quarterOf(YearMonth month) {
        return Quarter.of(month.atDay(1)).toString();
    }

    private ReviewPack.Relationship relationship(long vendorId, ReviewPeriod period) {
        String last = quarterOf(period.lastMonth());
        List<QuarterHealth> history = health.history(vendorId).stream()
                .filter(q -> q.quarter().compareTo(last) <= 0)
                .toList();
        if (history.size() > 8) {
            history = history.subList(history.size() - 8, history.size());
        }
        QuarterHealth current = history.stream()
                .filter(q -> q.quarter().equals(last))
                .findFirst()
                .orElse(null);
        String chart = null;
        if (history.stream().anyMatch(q -> q.index() != null)) {
            chart = PackCharts.lineChart(
                    "Relationship health index by quarter",
                    history.stream().map(QuarterHealth::quarter).toList(),
                    List.of(new PackCharts.Series(
                            "Health index",
                            PackCharts.VENDOR,
                            history.stream()
                                    .<@Nullable Double>map(QuarterHealth::index)
                                    .toList(),
                            false)),
                    List.of(),
                    0.0,
                    100.0,
                    "",
                    360,
                    190);
        }
        List<SurveyResults> shown = new ArrayList<>();
        for (SurveyDirection direction : SurveyDirection.values()) {
            surveys.latestResults(vendorId, direction)
                    .filter(r -> r.quarter().compareTo(last) <= 0)
                    .ifPresent(shown::add);
        }
        List<VendorVoiceSummary> voice = new ArrayList<>();
        for (YearMonth month : period.months()) {
            keyCustomers.vendorSummary(vendorId, month).ifPresent(voice::add);
        }
        return new ReviewPack.Relationship(history, current, chart, shown, voice);
    }

    private List<Contract> contractsOf(long vendorId) {
        vendors.get(vendorId); // 404 for a vendor outside the caller's scope
        return contracts.visibleContracts().stream()
                .filter(c -> c.vendorId() == vendorId)
                .toList();
    }

    private ReviewPack.ContractSection contractSection(
            Contract contract, ReviewPeriod period, Map<String, ScorecardRun> published) {
        double threshold = contract.rules().thresholdScore() == null
                ? Double.NaN
                : contract.rules().thresholdScore();
        YearMonth lastTrend = period.lastMonth();
        YearMonth firstTrend = lastTrend.minusMonths(TREND_MONTHS - 1);
        // the one figure per month (published run, else recorded by hand), as every other page shows it
        ScorecardResults figures = contracts.results(contract.id());
        List<String> labels = new ArrayList<>();
        List<@Nullable Double> scores = new ArrayList<>();
        for (YearMonth m = firstTrend; !m.isAfter(lastTrend); m = m.plusMonths(1)) {
            labels.add(shortMonth(m));
            scores.add(figures.period(m.toString())
                    .map(ScorecardResults.Period::score)
                    .orElse(null));
        }
        List<ReviewPack.MonthScore> months = new ArrayList<>();
        ScorecardRun latest = null;
        for (YearMonth m : period.months()) {
            figures.period(m.toString())
                    .ifPresent(p -> months.add(new ReviewPack.MonthScore(
                            p.period(),
                            p.score(),
                            p.breaches(),
                            p.creditPercent(),
                            p.standing(),
                            p.recordedByHand(),
                            p.insufficient())));
            ScorecardRun run = published.get(m.toString());
            if (run != null) {
                latest = run;
            }
        }
        List<PackCharts.Reference> references = Double.isNaN(threshold)
                ? List.of()
                : List.of(PackCharts.Reference.threshold("threshold " + PackCharts.format(threshold, ""), threshold));
        String scoreChart = PackCharts.lineChart(
                "Scorecard score by month",
                labels,
                List.of(new PackCharts.Series(contract.name(), PackCharts.VENDOR, scores, false)),
                references,
                0.0,
                100.0,
                "",
                360,
                200);
        String attainmentChart = latest == null ? null : attainmentChart(latest);
        return new ReviewPack.ContractSection(contract, threshold, latest, months, scoreChart, attainmentChart);
    }

    /** The run's attainment per metric as bars, red where worse than threshold. */
    private static String attainmentChart(ScorecardRun latest) {
        List<String> names = new ArrayList<>();
        List<@Nullable Double> attainment = new ArrayList<>();
        List<Boolean> breached = new ArrayList<>();
        for (ScorecardNumbers.Line line : latest.numbers().metrics()) {
            names.add(line.displayName());
            attainment.add(line.attainment());
            breached.add(line.breached());
        }
        return PackCharts.bars(
                "Attainment, " + latest.period() + " (red: worse than threshold)", names, attainment, breached, 360);
    }

    /**
     * Each scorecard metric over the twelve published months to the period's end, the vendor against in-house over
     * the same contract scope — the numbers the published runs froze, so the pack never disagrees with the scorecard.
     */
    private List<ReviewPack.Trend> trends(
            Vendor vendor,
            ReviewPeriod period,
            List<Contract> contractsOfVendor,
            Map<Long, Map<String, ScorecardRun>> publishedByContract) {
        YearMonth last = period.lastMonth();
        YearMonth first = last.minusMonths(TREND_MONTHS - 1);
        List<String> labels = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            labels.add(shortMonth(m));
        }
        List<ReviewPack.Trend> trends = new ArrayList<>();
        for (Contract contract : contractsOfVendor) {
            Map<String, ScorecardRun> published = publishedByContract.getOrDefault(contract.id(), Map.of());
            ScorecardRun newest = null;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                newest = published.getOrDefault(m.toString(), newest);
            }
            if (newest == null) {
                continue;
            }
            for (ScorecardNumbers.Line template : newest.numbers().metrics()) {
                double factor = "RATIO".equals(template.unit()) ? 100 : 1;
                String unit = "RATIO".equals(template.unit()) ? "%" : "";
                List<@Nullable Double> vendorValues = new ArrayList<>();
                List<@Nullable Double> inHouseValues = new ArrayList<>();
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    ScorecardNumbers.Line line = line(published.get(m.toString()), template.metricId());
                    vendorValues.add(
                            line == null || line.vendor() == null
                                    ? null
                                    : line.vendor().value() * factor);
                    inHouseValues.add(
                            line == null || line.inHouse() == null
                                    ? null
                                    : line.inHouse().value() * factor);
                }
                List<PackCharts.Series> series = new ArrayList<>();
                series.add(new PackCharts.Series(vendor.name(), PackCharts.VENDOR, vendorValues, false));
                if (inHouseValues.stream().anyMatch(v -> v != null)) {
                    series.add(new PackCharts.Series("In-house", PackCharts.IN_HOUSE, inHouseValues, true));
                }
                List<PackCharts.Reference> references = List.of(
                        PackCharts.Reference.target(template.target() * factor),
                        PackCharts.Reference.threshold("threshold", template.threshold() * factor));
                String title = contractsOfVendor.size() > 1
                        ? template.displayName() + " · " + contract.name()
                        : template.displayName();
                String chart = PackCharts.lineChart(title, labels, series, references, null, null, unit, 340, 180);
                trends.add(new ReviewPack.Trend(
                        template.metricId(),
                        title,
                        chart,
                        lastValue(vendorValues, unit),
                        lastValue(inHouseValues, unit)));
            }
        }
        return trends;
    }

    private static ScorecardNumbers.@Nullable Line line(@Nullable ScorecardRun run, String metricId) {
        if (run == null) {
            return null;
        }
        return run.numbers().metrics().stream()
                .filter(l -> l.metricId().equals(metricId))
                .findFirst()
                .orElse(null);
    }

    private Map<String, ScorecardRun> publishedMonths(Contract contract) {
        Map<String, ScorecardRun> published = new HashMap<>();
        for (ScorecardRun run : runs.runs(contract.id())) {
            if (run.status() == RunStatus.PUBLISHED && !run.isWeekly()) {
                published.put(run.period(), run);
            }
        }
        return published;
    }

    private String lastValue(List<@Nullable Double> values, String unit) {
        for (int i = values.size() - 1; i >= 0; i--) {
            Double value = values.get(i);
            if (value != null) {
                return "%".equals(unit) ? fmt.points(value) : fmt.number(value, 1);
            }
        }
        return "not reported";
    }

    private List<ReviewPack.GateSection> gates(long vendorId, ReviewPeriod period) {
        List<ReviewPack.GateSection> out = new ArrayList<>();
        for (TransitionPlan plan : plans.visiblePlans()) {
            if (plan.vendorId() != vendorId) {
                continue;
            }
            for (Phase phase : plan.phases()) {
                boolean overlaps =
                        !phase.start().isAfter(period.to()) && !phase.end().isBefore(period.from());
                boolean started = !phase.start().isAfter(LocalDate.now(clock));
                if (overlaps && started) {
                    out.add(new ReviewPack.GateSection(
                            plan.name(), phase, plans.evaluate(phase.id()), plans.decisions(phase.id())));
                }
            }
        }
        return out;
    }

    private static String shortMonth(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + String.format(Locale.ROOT, "%02d", m.getYear() % 100);
    }
}
