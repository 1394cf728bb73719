package com.steward.core.statistics;

/**
 * Confidence intervals for proportions and for the Net Promoter Score.
 *
 * <p>Wilson score interval: E. B. Wilson, "Probable inference, the law of succession, and
 * statistical inference", JASA 22 (1927) 209–212; recommended over the Wald interval by
 * Brown, Cai &amp; DasGupta, "Interval Estimation for a Binomial Proportion", Statistical
 * Science 16 (2001).
 */
public final class ProportionIntervals {

    /** Two-sided 95% normal quantile, Φ⁻¹(0.975). */
    public static final double Z_95 = 1.959963984540054;

    private ProportionIntervals() {}

    /**
     * Wilson score interval for {@code successes} out of {@code trials}.
     *
     * @param successes 0 ≤ successes ≤ trials
     * @param trials number of trials, > 0
     * @param z the normal quantile (1.96 for 95%)
     */
    public static Interval wilson(long successes, long trials, double z) {
        if (trials <= 0) {
            throw new IllegalArgumentException("trials must be positive, was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], was " + successes);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new Interval(p, Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }

    /** 95% Wilson score interval. */
    public static Interval wilson95(long successes, long trials) {
        return wilson(successes, trials, Z_95);
    }

    /**
     * Net Promoter Score with a normal-approximation interval, on the −100…100 scale.
     *
     * <p>Each response scores +1 (promoter, 9–10), 0 (passive, 7–8) or −1 (detractor, 0–6);
     * NPS = 100 · mean. Its variance is (p<sub>pro</sub> + p<sub>det</sub> − (p<sub>pro</sub> −
     * p<sub>det</sub>)²) / n, the variance of that three-valued score (as in Rocks, "The
     * standard error of the Net Promoter Score", 2016).
     */
    public static Interval netPromoterScore(long promoters, long detractors, long responses, double z) {
        if (responses <= 0) {
            throw new IllegalArgumentException("responses must be positive, was " + responses);
        }
        if (promoters < 0 || detractors < 0 || promoters + detractors > responses) {
            throw new IllegalArgumentException("promoters + detractors must be within responses");
        }
        double n = responses;
        double pPro = promoters / n;
        double pDet = detractors / n;
        double score = pPro - pDet;
        double variance = (pPro + pDet - score * score) / n;
        double halfWidth = z * Math.sqrt(Math.max(0, variance));
        return new Interval(100 * score, 100 * Math.max(-1, score - halfWidth), 100 * Math.min(1, score + halfWidth));
    }

    /** 95% interval for the Net Promoter Score. */
    public static Interval netPromoterScore95(long promoters, long detractors, long responses) {
        return netPromoterScore(promoters, detractors, responses, Z_95);
    }
}
