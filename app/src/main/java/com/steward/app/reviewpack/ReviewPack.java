package com.steward.app.reviewpack;

import com.steward.app.contracts.Contract;
import com.steward.app.keycustomers.VendorVoiceSummary;
import com.steward.app.monitoring.Alert;
import com.steward.app.relationship.QuarterHealth;
import com.steward.app.relationship.SurveyResults;
import com.steward.app.renewal.RemediationPlan;
import com.steward.app.reviews.ActionItem;
import com.steward.app.reviews.KeptRate;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.Promise;
import com.steward.app.rollout.DecisionRecord;
import com.steward.app.rollout.GateEvaluation;
import com.steward.app.rollout.Phase;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.vendors.Vendor;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
        long openAlerts,
        Relationship relationship,
        Governance governance,
        List<RemediationPlan> remediation) {

    public ReviewPack {
        contracts = List.copyOf(contracts);
        trends = List.copyOf(trends);
        gates = List.copyOf(gates);
        alerts = List.copyOf(alerts);
        remediation = List.copyOf(remediation);
    }

    /**
     * The meetings of the period, the promises due in it with their outcome, the promises-kept rate of both sides by
     * quarter (chart) and for the period's quarter, the actions open today and the next steps last agreed.
     */
    public record Governance(
            List<Meeting> meetings,
            long held,
            long cancelled,
            List<Promise> promises,
            List<KeptRate> keptThisQuarter,
            @Nullable String keptChart,
            List<ActionItem> openActions,
            @Nullable String nextSteps) {
        public Governance {
            meetings = List.copyOf(meetings);
            promises = List.copyOf(promises);
            keptThisQuarter = List.copyOf(keptThisQuarter);
            openActions = List.copyOf(openActions);
        }
    }

    /**
     * The human side: the health index by quarter up to the period (chart), the period's quarter with its components,
     * the latest shown pulse-survey results of both directions, and what key customers said when our own staff called
     * them (aggregates only, per month of the period).
     */
    public record Relationship(
            List<QuarterHealth> history,
            @Nullable QuarterHealth current,
            @Nullable String chart,
            List<SurveyResults> surveys,
            List<VendorVoiceSummary> customerVoice) {
        public Relationship {
            history = List.copyOf(history);
            surveys = List.copyOf(surveys);
            customerVoice = List.copyOf(customerVoice);
        }
    }

    /**
     * One contract's performance in the period: the latest published monthly run in it, the months' scores against
     * the threshold, and the score trend over the twelve months to the period's end.
     */
    public record ContractSection(
            Contract contract,
            double threshold,
            @Nullable ScorecardRun latest,
            List<MonthScore> months,
            String scoreChart,
            @Nullable String attainmentChart) {
        public ContractSection {
            months = List.copyOf(months);
        }
    }

    /**
     * A month's one figure (from {@code ContractMonths}): score, breaches, service credit and standing.
     *
     * @param standing null when the month has no score (insufficient data) or the contract is a DRAFT
     * @param recordedByHand the month has no published run: its values were recorded by hand
     * @param insufficient no score for want of data
     */
    public record MonthScore(
            String period,
            @Nullable Double score,
            int breaches,
            double creditPercent,
            @Nullable String standing,
            boolean recordedByHand,
            boolean insufficient) {}

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
