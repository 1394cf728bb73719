package com.steward.app.reviewpack;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.Contracts;
import com.steward.app.kpi.KpiExplorer;
import com.steward.app.monitoring.Alert;
import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.rollout.Phase;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.scorecards.LakeScorecards;
import com.steward.app.scorecards.RunStatus;
import com.steward.app.scorecards.ScorecardNumbers;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.VendorAccess;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Assembles review packs from what is published: scorecard runs, the lake's KPIs, transition gates and monitoring
 * alerts, each read through its own feature's facade so the caller's vendor scope applies (a VENDOR user gets a pack
 * of its own vendor only; any other vendor is "not found").
 */
@Service
public class ReviewPacks {

    /** The KPIs whose twelve-month trend the pack shows, quality and customer first. */
    static final List<String> TREND_METRICS = List.of("csat", "fcr", "nps", "service_level");

    private static final int TREND_MONTHS = 12;

    private final VendorRegister vendors;
    private final Contracts contracts;
    private final ScorecardRuns runs;
    private final KpiExplorer kpis;
    private final TransitionPlans plans;
    private final Monitoring monitoring;
    private final VendorAccess access;
    private final Clock clock;
    private final ReviewPackDocument document;
    private final java.time.ZoneId zone;

    ReviewPacks(
            VendorRegister vendors,
            Contracts contracts,
            ScorecardRuns runs,
            KpiExplorer kpis,
            TransitionPlans plans,
            Monitoring monitoring,
            VendorAccess access,
            Clock clock,
            ReviewPackDocument document,
            @org.springframework.beans.factory.annotation.Value("${steward.reviews.zone:Europe/Berlin}")
                    java.time.ZoneId zone) {
        this.vendors = vendors;
        this.contracts = contracts;
        this.runs = runs;
        this.kpis = kpis;
        this.plans = plans;
        this.monitoring = monitoring;
        this.access = access;
        this.clock = clock;
        this.document = document;
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
        List<ReviewPack.ContractSection> sections = new ArrayList<>();
        for (Contract contract : contractsOf(vendorId)) {
            sections.add(contractSection(contract, period));
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
                trends(vendor, period),
                gates(vendorId, period),
                alerts,
                open);
    }

    private List<Contract> contractsOf(long vendorId) {
        vendors.get(vendorId); // 404 for a vendor outside the caller's scope
        return contracts.visibleContracts().stream()
                .filter(c -> c.vendorId() == vendorId)
                .toList();
    }

    private ReviewPack.ContractSection contractSection(Contract contract, ReviewPeriod period) {
        double threshold = contract.rules().thresholdScore() == null
                ? Double.NaN
                : contract.rules().thresholdScore();
        YearMonth lastTrend = period.lastMonth();
        YearMonth firstTrend = lastTrend.minusMonths(TREND_MONTHS - 1);
        Map<String, ScorecardRun> published = new HashMap<>();
        for (ScorecardRun run : runs.runs(contract.id())) {
            if (run.status() == RunStatus.PUBLISHED && !run.isWeekly()) {
                published.put(run.period(), run);
            }
        }
        List<String> labels = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (YearMonth m = firstTrend; !m.isAfter(lastTrend); m = m.plusMonths(1)) {
            labels.add(shortMonth(m));
            ScorecardRun run = published.get(m.toString());
            scores.add(run == null ? null : run.numbers().score());
        }
        List<ReviewPack.MonthScore> months = new ArrayList<>();
        ScorecardRun latest = null;
        for (YearMonth m : period.months()) {
            ScorecardRun run = published.get(m.toString());
            if (run != null) {
                ScorecardNumbers n = run.numbers();
                months.add(new ReviewPack.MonthScore(
                        m.toString(), n.score(), n.breaches(), n.creditPercent(), n.standing()));
                latest = run;
            }
        }
        List<PackCharts.Reference> references = Double.isNaN(threshold)
                ? List.of()
                : List.of(new PackCharts.Reference("threshold " + PackCharts.format(threshold, ""), threshold));
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
        String attainmentChart = null;
        if (latest != null) {
            List<String> names = new ArrayList<>();
            List<Double> attainment = new ArrayList<>();
            List<Boolean> breached = new ArrayList<>();
            for (ScorecardNumbers.Line line : latest.numbers().metrics()) {
                names.add(line.displayName());
                attainment.add(line.attainment());
                breached.add(line.breached());
            }
            attainmentChart = PackCharts.bars(
                    "Attainment, " + latest.period() + " (red: worse than threshold)",
                    names,
                    attainment,
                    breached,
                    360);
        }
        return new ReviewPack.ContractSection(contract, threshold, latest, months, scoreChart, attainmentChart);
    }

    private List<ReviewPack.Trend> trends(Vendor vendor, ReviewPeriod period) {
        YearMonth last = period.lastMonth();
        YearMonth first = last.minusMonths(TREND_MONTHS - 1);
        List<KpiRow> rows;
        try {
            rows = kpis.run(KpiQuery.of(first.atDay(1), last.atEndOfMonth(), Dimension.HANDLED_BY, Dimension.MONTH)
                    .withMetrics(Set.copyOf(TREND_METRICS)));
        } catch (RuntimeException e) {
            if (!kpis.lake().hasInteractions()) {
                return List.of();
            }
            throw e;
        }
        Map<String, Map<String, MetricValue>> byHandlerMonth = new HashMap<>();
        for (KpiRow row : rows) {
            String key = row.keys().get("handled_by") + "|" + row.keys().get("month");
            byHandlerMonth.put(key, row.metrics());
        }
        List<String> labels = new ArrayList<>();
        List<String> monthKeys = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            labels.add(shortMonth(m));
            monthKeys.add(monthKey(rows, m));
        }
        List<ReviewPack.Trend> trends = new ArrayList<>();
        for (String metricId : TREND_METRICS) {
            KpiCatalogue.Metric metric = KpiCatalogue.byId(metricId);
            String unit = metric.unit() == KpiCatalogue.Unit.RATIO ? "%" : "";
            double factor = metric.unit() == KpiCatalogue.Unit.RATIO ? 100 : 1;
            List<Double> vendorValues = new ArrayList<>();
            List<Double> inHouseValues = new ArrayList<>();
            for (String month : monthKeys) {
                vendorValues.add(value(byHandlerMonth, vendor.code(), month, metricId, factor));
                inHouseValues.add(value(byHandlerMonth, LakeScorecards.IN_HOUSE, month, metricId, factor));
            }
            if (vendorValues.stream().allMatch(v -> v == null)) {
                continue;
            }
            List<PackCharts.Series> series = new ArrayList<>();
            series.add(new PackCharts.Series(vendor.name(), PackCharts.VENDOR, vendorValues, false));
            if (inHouseValues.stream().anyMatch(v -> v != null)) {
                series.add(new PackCharts.Series("In-house", PackCharts.IN_HOUSE, inHouseValues, true));
            }
            String chart =
                    PackCharts.lineChart(metric.displayName(), labels, series, List.of(), null, null, unit, 340, 170);
            trends.add(new ReviewPack.Trend(
                    metricId,
                    metric.displayName(),
                    chart,
                    lastValue(vendorValues, unit),
                    lastValue(inHouseValues, unit)));
        }
        return trends;
    }

    /** The month key as the KPI rows spell it (the first day or yyyy-MM, whichever the engine returns). */
    private static String monthKey(List<KpiRow> rows, YearMonth month) {
        for (KpiRow row : rows) {
            String key = row.keys().get("month");
            if (key != null && key.startsWith(month.toString())) {
                return key;
            }
        }
        return month.toString();
    }

    private static Double value(
            Map<String, Map<String, MetricValue>> data, String handler, String month, String metricId, double factor) {
        Map<String, MetricValue> metrics = data.get(handler + "|" + month);
        if (metrics == null) {
            return null;
        }
        MetricValue v = metrics.get(metricId);
        return v == null || !Double.isFinite(v.value()) ? null : v.value() * factor;
    }

    private static String lastValue(List<Double> values, String unit) {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i) != null) {
                return "%".equals(unit)
                        ? String.format(Locale.ROOT, "%.1f %%", values.get(i))
                        : String.format(Locale.ROOT, "%.1f", values.get(i));
            }
        }
        return "–";
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
        return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " "
                + String.format(Locale.ROOT, "%02d", m.getYear() % 100);
    }
}
