package com.steward.app.contracts;

import com.steward.core.scorecards.CreditPolicy;
import com.steward.core.scorecards.Scorecards;
import com.steward.core.scorecards.StandingPolicy;

/**
 * The contract's scorecard rules; any value left out of an input takes the default shown.
 *
 * @param requiredQualityShare least share of the weight on quality and customer metrics (0.6)
 * @param thresholdScore overall score below which credits accrue and a period is below threshold (80)
 * @param creditPercentPerPoint credit in % of the month's invoice per point below (0.5)
 * @param creditCapPercent most credit in % of a month's invoice (10)
 * @param earnBackMonths consecutive good months that earn credits back; 0: never (3)
 * @param earnBackShare share of outstanding credit returned on earn-back (1.0)
 * @param remediationAfter consecutive periods below threshold that call for remediation (2)
 * @param chronicAfter consecutive periods below threshold that are chronic under-performance (3)
 * @param recoveryAfter good months in a row that end a run below threshold once it reached remediation (1)
 */
public record ContractRules(
        Double requiredQualityShare,
        Double thresholdScore,
        Double creditPercentPerPoint,
        Double creditCapPercent,
        Integer earnBackMonths,
        Double earnBackShare,
        Integer remediationAfter,
        Integer chronicAfter,
        Integer recoveryAfter) {

    /** Rules with the default cure period (one good month ends a run). */
    public ContractRules(
            Double requiredQualityShare,
            Double thresholdScore,
            Double creditPercentPerPoint,
            Double creditCapPercent,
            Integer earnBackMonths,
            Double earnBackShare,
            Integer remediationAfter,
            Integer chronicAfter) {
        this(
                requiredQualityShare,
                thresholdScore,
                creditPercentPerPoint,
                creditCapPercent,
                earnBackMonths,
                earnBackShare,
                remediationAfter,
                chronicAfter,
                null);
    }

    public static ContractRules defaults() {
        CreditPolicy c = CreditPolicy.defaults();
        StandingPolicy s = StandingPolicy.defaults();
        return new ContractRules(
                Scorecards.DEFAULT_QUALITY_SHARE,
                c.thresholdScore(),
                c.creditPercentPerPoint(),
                c.capPercent(),
                c.earnBackMonths(),
                c.earnBackShare(),
                s.remediationAfter(),
                s.chronicAfter(),
                s.recoveryAfter());
    }

    /** The same rules with every missing value set to its default. */
    public ContractRules withDefaults() {
        ContractRules d = defaults();
        return new ContractRules(
                or(requiredQualityShare, d.requiredQualityShare),
                or(thresholdScore, d.thresholdScore),
                or(creditPercentPerPoint, d.creditPercentPerPoint),
                or(creditCapPercent, d.creditCapPercent),
                or(earnBackMonths, d.earnBackMonths),
                or(earnBackShare, d.earnBackShare),
                or(remediationAfter, d.remediationAfter),
                or(chronicAfter, d.chronicAfter),
                or(recoveryAfter, d.recoveryAfter));
    }

    public CreditPolicy creditPolicy() {
        ContractRules r = withDefaults();
        return new CreditPolicy(
                r.thresholdScore, r.creditPercentPerPoint, r.creditCapPercent, r.earnBackMonths, r.earnBackShare);
    }

    public StandingPolicy standingPolicy() {
        ContractRules r = withDefaults();
        return new StandingPolicy(r.thresholdScore, r.remediationAfter, r.chronicAfter, r.recoveryAfter);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
