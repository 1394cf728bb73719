package com.steward.app.scorecards;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.KpiSettings;
import com.steward.analytics.kpi.KpiSql;
import com.steward.app.contracts.Contract;
import com.steward.app.lake.InteractionLake;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Measures a contract's metrics from the lake for the contract's vendor and scope (queues, regions, channels applied
 * in the KPI SQL), together with in-house over the same scope, in one query per contract and month range.
 */
@Component
public class LakeScorecards {

    /** The {@code handled_by} code of the client's own staff. */
    public static final String IN_HOUSE = "inhouse";

    /** Customer outcomes shown on every scorecard, vendor vs in-house. */
    public static final List<String> CUSTOMER_METRICS = List.of("churn_after_contact", "lead_conversion");

    private final InteractionLake lake;

    LakeScorecards(InteractionLake lake) {
        this.lake = lake;
    }

    /** Figures keyed month ({@code yyyy-MM}) → handler code → metric id. */
    public Map<String, Map<String, Map<String, MetricFigure>>> measure(
            Contract contract, String vendorCode, Set<String> metricIds, YearMonth from, YearMonth to) {
        KpiQuery query = query(contract, vendorCode, metricIds, from, to);
        Map<String, Map<String, Map<String, MetricFigure>>> out = new HashMap<>();
        for (KpiRow row : lake.kpis(query)) {
            String month = row.keys().get(Dimension.MONTH.key());
            String handler = row.keys().get(Dimension.HANDLED_BY.key());
            if (month == null || handler == null) {
                continue;
            }
            Map<String, MetricFigure> figures =
                    out.computeIfAbsent(month, k -> new HashMap<>()).computeIfAbsent(handler, k -> new HashMap<>());
            row.metrics().forEach((id, value) -> {
                MetricFigure f = MetricFigure.of(value);
                if (f != null) {
                    figures.put(id, f);
                }
            });
        }
        return out;
    }

    /**
     * Figures for one period as a whole, keyed handler code → metric id: the period's dates with no period grouping
     * (a week's run).
     */
    public Map<String, Map<String, MetricFigure>> measure(
            Contract contract, String vendorCode, Set<String> metricIds, ScorecardPeriod period) {
        Map<String, Map<String, MetricFigure>> out = new HashMap<>();
        for (KpiRow row : lake.kpis(query(contract, vendorCode, metricIds, period))) {
            String handler = row.keys().get(Dimension.HANDLED_BY.key());
            if (handler == null) {
                continue;
            }
            Map<String, MetricFigure> figures = out.computeIfAbsent(handler, k -> new HashMap<>());
            row.metrics().forEach((id, value) -> {
                MetricFigure f = MetricFigure.of(value);
                if (f != null) {
                    figures.put(id, f);
                }
            });
        }
        return out;
    }

    /** The KPI query a run issues: months, vendor and in-house, the contract's segments. */
    public static KpiQuery query(
            Contract contract, String vendorCode, Set<String> metricIds, YearMonth from, YearMonth to) {
        return scoped(
                KpiQuery.of(from.atDay(1), to.atEndOfMonth(), Dimension.MONTH, Dimension.HANDLED_BY),
                contract,
                vendorCode,
                metricIds);
    }

    /** The KPI query of one period as a whole: its dates, vendor and in-house, the contract's segments. */
    public static KpiQuery query(Contract contract, String vendorCode, Set<String> metricIds, ScorecardPeriod period) {
        return scoped(KpiQuery.of(period.start(), period.end(), Dimension.HANDLED_BY), contract, vendorCode, metricIds);
    }

    private static KpiQuery scoped(KpiQuery base, Contract contract, String vendorCode, Set<String> metricIds) {
        KpiQuery query = base.withVendors(Set.of(vendorCode, IN_HOUSE)).withMetrics(metricIds);
        if (!contract.queues().isEmpty()) {
            query = query.withSegment(Dimension.QUEUE, Set.copyOf(contract.queues()));
        }
        if (!contract.regions().isEmpty()) {
            query = query.withSegment(Dimension.REGION, Set.copyOf(contract.regions()));
        }
        if (!contract.channels().isEmpty()) {
            query = query.withSegment(Dimension.CHANNEL, Set.copyOf(contract.channels()));
        }
        return query;
    }

    /** The scope as people read it, e.g. {@code queue ∈ [care]; region ∈ [EMEA]}. */
    static String scope(Contract contract) {
        StringBuilder s = new StringBuilder();
        if (!contract.queues().isEmpty()) {
            s.append("queue ∈ ").append(new TreeSet<>(contract.queues()));
        }
        if (!contract.regions().isEmpty()) {
            s.append(s.isEmpty() ? "" : "; ").append("region ∈ ").append(new TreeSet<>(contract.regions()));
        }
        if (!contract.channels().isEmpty()) {
            s.append(s.isEmpty() ? "" : "; ").append("channel ∈ ").append(new TreeSet<>(contract.channels()));
        }
        return s.isEmpty() ? "all contacts" : s.toString();
    }

    /** SHA-256 over the SQL text defining each metric, the KPI settings and the given scorecard text. */
    static String definitionsHash(Set<String> metricIds, String scorecardText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Set<String> files = new LinkedHashSet<>();
            for (String id : new TreeSet<>(metricIds)) {
                KpiCatalogue.Metric metric = KpiCatalogue.byId(id);
                sha.update((id + "=" + metric.sqlFile() + "\n").getBytes(StandardCharsets.UTF_8));
                files.add(metric.sqlFile());
            }
            for (String file : files) {
                sha.update(KpiSql.load(file).getBytes(StandardCharsets.UTF_8));
            }
            sha.update(KpiSettings.defaults().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(scorecardText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
