package com.steward.core.scorecards;

import java.util.ArrayList;
import java.util.List;

/**
 * Service credits and earn-backs from monthly overall scores.
 *
 * <p>Credit rule: {@code credit % = min(cap, perPoint × max(0, thresholdScore − score))} of the
 * month's invoice. Earn-back rule: a month is <em>good</em> when its score is at least the
 * threshold score; after {@code earnBackMonths} consecutive good months, {@code earnBackShare}
 * of every credit still outstanding is returned and the streak starts again. A month that is not
 * good (or not measured) resets the streak. Hence the total earned back never exceeds the total
 * credited. This is the usual "credit with earn-back" construction of outsourcing SLAs; the
 * numbers are the contract's, not a standard.
 */
public final class ServiceCredits {

    private ServiceCredits() {}

    /**
     * Credit in % of the monthly invoice for one month's overall score.
     *
     * @param score overall score 0–100; NaN (nothing measured) gives 0
     */
    public static double creditPercent(double score, CreditPolicy policy) {
        if (Double.isNaN(score)) {
            return 0;
        }
        double pointsBelow = Math.max(0, policy.thresholdScore() - score);
        return Math.min(policy.capPercent(), policy.creditPercentPerPoint() * pointsBelow);
    }

    /**
     * The ledger over consecutive months.
     *
     * @param scores overall score per month, oldest first (NaN for a month without results)
     * @param invoices invoice per month, same length, each ≥ 0 (0 when unknown)
     */
    public static List<MonthlyCredit> ledger(List<Double> scores, List<Double> invoices, CreditPolicy policy) {
        if (scores.size() != invoices.size()) {
            throw new IllegalArgumentException(
                    "invoices must have one value per month: " + invoices.size() + " for " + scores.size());
        }
        List<MonthlyCredit> months = new ArrayList<>(scores.size());
        double outstanding = 0;
        int streak = 0;
        for (int i = 0; i < scores.size(); i++) {
            double score = scores.get(i);
            double invoice = invoices.get(i);
            if (!(invoice >= 0) || Double.isInfinite(invoice)) {
                throw new IllegalArgumentException("invoices must be finite and >= 0, month " + i + " was " + invoice);
            }
            double percent = creditPercent(score, policy);
            double credit = invoice * percent / 100;
            outstanding += credit;
            boolean good = !Double.isNaN(score) && score >= policy.thresholdScore();
            streak = good ? streak + 1 : 0;
            double earnedBack = 0;
            if (policy.earnBackMonths() > 0 && streak >= policy.earnBackMonths() && outstanding > 0) {
                earnedBack = outstanding * policy.earnBackShare();
                outstanding = 0;
                streak = 0;
            }
            months.add(new MonthlyCredit(score, invoice, percent, credit, earnedBack, outstanding, streak));
        }
        return months;
    }
}
