package com.steward.app.reviewpack;

import com.steward.app.contracts.Contract;
import com.steward.app.monitoring.Alert;
import com.steward.app.rollout.DecisionRecord;
import com.steward.app.rollout.GateEvaluation;
import com.steward.app.rollout.Phase;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.vendors.Vendor;
import java.time.Instant;
import java.util.List;

/**
 * Everything a review pack shows, assembled for one vendor and period from the published data the caller may see.
 * Charts are PNG data URIs drawn server-side.
 */
public record ReviewPack(
        Vendor vendor,
        ReviewPeriod period,
        Instant generatedAt,
        String generatedBy,
        boolean vendorAudience,
        List<ContractSection> contracts,
        List<Trend> trends,
        List<GateSection> gates,
        List<Alert> alerts,
        long openAlerts) {

    public ReviewPack {
        contracts = List.copyOf(contracts);
        trends = List.copyOf(trends);
        gates = List.copyOf(gates);
        alerts = List.copyOf(alerts);
    }

    /**
     * One contract's performance in the period: the latest published monthly run in it, the months' scores against
     * the threshold, and the score trend over the twelve months to the period's end.
     */
    public record ContractSection(
            Contract contract,
            double threshold,
            ScorecardRun latest,
            List<MonthScore> months,
            String scoreChart,
            String attainmentChart) {
        public ContractSection {
            months = List.copyOf(months);
        }
    }

    /** A published month: score, breaches, service credit and standing. */
    public record MonthScore(String period, Double score, int breaches, double creditPercent, String standing) {}

    /** One KPI over the twelve months to the period's end, vendor against in-house, as a chart. */
    public record Trend(String metricId, String title, String chart, String latestVendor, String latestInHouse) {}

    /** A transition phase whose dates touch the period: its gates judged on the lake and the decisions taken. */
    public record GateSection(
            String planName, Phase phase, List<GateEvaluation> gates, List<DecisionRecord> decisions) {
        public GateSection {
            gates = List.copyOf(gates);
            decisions = List.copyOf(decisions);
        }
    }
}
