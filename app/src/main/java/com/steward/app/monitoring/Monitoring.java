package com.steward.app.monitoring;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.KpiSettings;
import com.steward.analytics.kpi.MetricValue;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.ingest.InteractionsImported;
import com.steward.app.lake.InteractionLake;
import com.steward.app.security.Actors;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.spc.ControlChart;
import com.steward.core.spc.ControlPoint;
import com.steward.core.spc.Ewma;
import com.steward.core.spc.EwmaParameters;
import com.steward.core.spc.Observation;
import com.steward.core.spc.Signal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring module's facade. Weekly series per vendor × metric come from the lake; each is charted with an EWMA
 * (λ, L configurable; in-control mean from the first {@code baseline-weeks}); a signal's first week raises one alert,
 * stored once and e-mailed. A VENDOR user sees its own vendor's charts and alerts only (others: 404).
 */
@Service
public class Monitoring {

    static final String AUDIT_ALERT = "monitoring_alert";
    static final String IN_HOUSE = "inhouse";

    private final InteractionLake lake;
    private final VendorRegister vendors;
    private final AlertRepository alerts;
    private final AlertMailer mailer;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final List<String> metrics;
    private final int baselineWeeks;
    private final int consecutiveWeeks;
    private final EwmaParameters parameters;

    @Value("${steward.monitoring.on-import:true}")
    private boolean checkOnImport = true;

    private static final Logger log = LoggerFactory.getLogger(Monitoring.class);

    Monitoring(
            InteractionLake lake,
            VendorRegister vendors,
            AlertRepository alerts,
            AlertMailer mailer,
            VendorAccess access,
            AuditLog audit,
            Clock clock,
            @Value("${steward.monitoring.metrics:csat,fcr,complaint_rate,abandonment_rate,aht}") List<String> metrics,
            @Value("${steward.monitoring.baseline-weeks:13}") int baselineWeeks,
            @Value("${steward.monitoring.lambda:0.2}") double lambda,
            @Value("${steward.monitoring.width:3}") double width,
            @Value("${steward.monitoring.consecutive-weeks:2}") int consecutiveWeeks) {
        this.lake = lake;
        this.vendors = vendors;
        this.alerts = alerts;
        this.mailer = mailer;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.metrics =
                metrics.stream().map(String::strip).filter(m -> chartable(m)).toList();
        this.baselineWeeks = Math.max(2, baselineWeeks);
        if (consecutiveWeeks < 1) {
            throw new IllegalArgumentException("steward.monitoring.consecutive-weeks must be at least 1");
        }
        this.consecutiveWeeks = consecutiveWeeks;
        this.parameters = new EwmaParameters(lambda, width);
    }

    /** The monitored metrics (proportions and means of the KPI catalogue). */
    public List<KpiCatalogue.Metric> metrics() {
        return metrics.stream().map(KpiCatalogue::byId).toList();
    }

    /** Vendors whose charts the caller may see (not in-house). */
    public List<Vendor> vendors() {
        return vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList();
    }

    /** One vendor's chart of one metric; 404 when the vendor is not visible. */
    public WeeklyChart chart(String vendorCode, String metricId) {
        Vendor vendor = vendors.visibleVendors().stream()
                .filter(v -> v.code().equals(vendorCode))
                .findFirst()
                .orElseThrow(() -> AlertNotFoundException.vendor(vendorCode));
        if (!metrics.contains(metricId)) {
            throw new InvalidRequestException("metric", "metric must be one of " + metrics);
        }
        return charts(Set.of(vendor.code()), List.of(metricId)).stream()
                .findFirst()
                .orElse(new WeeklyChart(
                        vendor.code(),
                        metricId,
                        KpiCatalogue.byId(metricId).displayName(),
                        KpiCatalogue.byId(metricId).shape().name(),
                        List.of(),
                        List.of(),
                        baselineWeeks));
    }

    /** Charts every vendor's monitored metrics and raises an alert for each new signal; e-mails the new ones. */
    @Transactional
    public CheckOutcome check() {
        Map<String, Long> ids = new HashMap<>();
        vendors.allVendorsForAdministration().forEach(v -> ids.put(v.code(), v.id()));
        Set<String> codes = new LinkedHashSet<>(ids.keySet());
        codes.remove(IN_HOUSE);
        List<WeeklyChart> charts = codes.isEmpty() ? List.of() : charts(codes, metrics);
        List<Alert> raised = new ArrayList<>();
        for (WeeklyChart chart : charts) {
            // An alert needs the signal on `consecutiveWeeks` weeks in a row in the same direction: one week
            // just beyond a 3-sigma EWMA limit, among several metrics over a year of weeks, happens by chance.
            String previous = "NONE";
            int run = 0;
            List<WeeklyChart.Point> points = chart.points();
            for (int i = 0; i < points.size(); i++) {
                String signal = points.get(i).signal();
                run = signal.equals("NONE") ? 0 : signal.equals(previous) ? run + 1 : 1;
                previous = signal;
                if (run != consecutiveWeeks) {
                    continue;
                }
                WeeklyChart.Point p = points.get(i - consecutiveWeeks + 1); // dated at the run's first week
                LocalDate week = LocalDate.parse(p.week());
                if (!alerts.exists(chart.vendorCode(), chart.metricId(), week)) {
                    Alert alert = alertOf(chart, p, week, ids.get(chart.vendorCode()));
                    long id = alerts.insert(alert);
                    Alert stored = alerts.find(id, VendorScope.all()).orElseThrow();
                    audit.record(AuditAction.CREATE, AUDIT_ALERT, id, stored.vendorId(), null, stored);
                    raised.add(stored);
                }
            }
        }
        String mail = mailer.send(raised);
        raised.forEach(a -> alerts.notification(a.id(), mail));
        List<Alert> withMail = raised.stream()
                .map(a -> alerts.find(a.id(), VendorScope.all()).orElseThrow())
                .toList();
        return new CheckOutcome(charts.size(), withMail, mail);
    }

    /** A new, open alert of the signal that starts at point {@code p} of {@code chart}. */
    private Alert alertOf(WeeklyChart chart, WeeklyChart.Point p, LocalDate week, @Nullable Long vendorId) {
        return new Alert(
                0,
                vendorId,
                chart.vendorCode(),
                chart.metricId(),
                week,
                p.signal(),
                p.value(),
                p.ewma(),
                p.centre(),
                p.lcl(),
                p.ucl(),
                p.sampleSize(),
                AlertStatus.OPEN,
                null,
                clock.instant(),
                null,
                null,
                null,
                null,
                null);
    }

    /** On the configured cron (default Mondays 07:00; "-" turns it off). */
    @Scheduled(cron = "${steward.monitoring.cron:0 0 7 * * MON}")
    void scheduledCheck() {
        checkAsSystem();
    }

    /**
     * After every import that added interactions and after the demo is loaded: the data changed, so its alerts
     * should exist without anyone clicking "Check now". A failed check is logged and does not undo the import.
     */
    @EventListener
    void dataArrived(InteractionsImported event) {
        if (!checkOnImport) {
            return;
        }
        try {
            CheckOutcome outcome = checkAsSystem();
            log.info(
                    "Monitoring after {} ({}): {} charts, {} new alerts",
                    event.what(),
                    event.source(),
                    outcome.charts(),
                    outcome.newAlerts().size());
        } catch (RuntimeException e) {
            log.warn("Monitoring after {} failed", event.what(), e);
        }
    }

    private CheckOutcome checkAsSystem() {
        return Actors.asScheduler(this::check);
    }

    public List<Alert> alerts(@Nullable AlertStatus status) {
        return alerts.list(access.currentScope(), status);
    }

    public Alert alert(long id) {
        return alerts.find(id, access.currentScope()).orElseThrow(() -> AlertNotFoundException.forId(id));
    }

    @Transactional
    public Alert acknowledge(long id, @Nullable String note) {
        Alert before = alert(id);
        alerts.acknowledge(id, access.currentActor(), clock.instant(), blankToNull(note));
        Alert after = alert(id);
        audit.record(AuditAction.UPDATE, AUDIT_ALERT, id, before.vendorId(), before, after);
        return after;
    }

    @Transactional
    public Alert resolve(long id, @Nullable String note) {
        Alert before = alert(id);
        alerts.resolve(id, access.currentActor(), clock.instant(), blankToNull(note));
        Alert after = alert(id);
        audit.record(AuditAction.UPDATE, AUDIT_ALERT, id, before.vendorId(), before, after);
        return after;
    }

    private List<WeeklyChart> charts(Set<String> codes, List<String> metricIds) {
        var months = lake.interactionMonths();
        if (months.isEmpty() || metricIds.isEmpty()) {
            return List.of();
        }
        LocalDate from = months.get().first().atDay(1);
        LocalDate to = YearMonth.from(months.get().last().atEndOfMonth()).atEndOfMonth();
        KpiQuery query = KpiQuery.of(from, to, Dimension.WEEK, Dimension.HANDLED_BY)
                .withVendors(codes)
                .withMetrics(Set.copyOf(metricIds));
        Map<String, Map<String, TreeMap<String, MetricValue>>> series = new TreeMap<>();
        for (KpiRow row : lake.kpis(query)) {
            String week = row.keys().get(Dimension.WEEK.key());
            String handler = row.keys().get(Dimension.HANDLED_BY.key());
            if (week == null || handler == null) {
                continue;
            }
            LocalDate weekStart = LocalDate.parse(week);
            row.metrics().forEach((metric, value) -> {
                if (complete(weekStart, metric, from, to, query.settings())) {
                    series.computeIfAbsent(handler, k -> new TreeMap<>())
                            .computeIfAbsent(metric, k -> new TreeMap<>())
                            .put(week, value);
                }
            });
        }
        List<WeeklyChart> out = new ArrayList<>();
        series.forEach((handler, byMetric) -> {
            for (String metricId : metricIds) {
                TreeMap<String, MetricValue> weeks = byMetric.get(metricId);
                if (weeks != null) {
                    chartOf(handler, metricId, weeks).ifPresent(out::add);
                }
            }
        });
        return out;
    }

    private Optional<WeeklyChart> chartOf(String handler, String metricId, TreeMap<String, MetricValue> weeks) {
        KpiCatalogue.Metric metric = KpiCatalogue.byId(metricId);
        boolean proportion = metric.shape() == KpiCatalogue.Shape.PROPORTION;
        List<String> labels = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        weeks.forEach((week, v) -> {
            if (proportion && v.denominator() > 0) {
                labels.add(week);
                observations.add(Observation.proportion(v.numerator(), v.denominator()));
            } else if (!proportion && v.sampleSize() > 0 && v.reported()) {
                labels.add(week);
                observations.add(new Observation(v.value(), v.sampleSize()));
            }
        });
        if (observations.size() <= baselineWeeks) {
            return Optional.empty();
        }
        ControlChart chart = proportion
                ? Ewma.proportions(observations, parameters, baselineWeeks)
                : Ewma.means(observations, parameters, baselineWeeks);
        List<WeeklyChart.Point> points = new ArrayList<>();
        for (ControlPoint p : chart.points()) {
            points.add(new WeeklyChart.Point(
                    labels.get(p.index()),
                    p.value(),
                    p.statistic(),
                    p.centre(),
                    p.lcl(),
                    p.ucl(),
                    observations.get(p.index()).sampleSize(),
                    p.index() < baselineWeeks ? Signal.NONE.name() : p.signal().name()));
        }
        return Optional.of(new WeeklyChart(
                handler, metricId, metric.displayName(), metric.shape().name(), labels, points, baselineWeeks));
    }

    /**
     * Only whole weeks whose outcome is already known are charted: a week cut by the start or end of the data
     * has too few contacts of its own mix, and the last days' FCR cannot be judged until the repeat-contact
     * window has passed (every contact would look resolved). Counted back from the last day of data.
     */
    static boolean complete(
            LocalDate weekStart, String metricId, LocalDate firstDay, LocalDate lastDay, KpiSettings settings) {
        int window = switch (metricId) {
            case "fcr" -> settings.fcrWindowDays();
            case "churn_after_contact" -> settings.churnWindowDays();
            case "lead_conversion" -> settings.leadWindowDays();
            default -> 0;
        };
        return !weekStart.isBefore(firstDay) && !weekStart.plusDays(6 + window).isAfter(lastDay);
    }

    private static boolean chartable(String id) {
        if (!KpiCatalogue.ids().contains(id)) {
            throw new IllegalArgumentException("steward.monitoring.metrics: unknown metric '" + id + "'");
        }
        KpiCatalogue.Shape shape = KpiCatalogue.byId(id).shape();
        return shape == KpiCatalogue.Shape.PROPORTION || shape == KpiCatalogue.Shape.MEAN;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
