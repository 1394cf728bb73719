package com.steward.core.costing;

/**
 * Present value of monthly cash flows.
 *
 * <p>NPV = Σ<sub>t=1..T</sub> C<sub>t</sub> / (1 + r<sub>m</sub>)<sup>t</sup>, each month's flow at
 * the month's end, with the monthly rate equivalent to the effective annual rate r:
 * r<sub>m</sub> = (1 + r)<sup>1/12</sup> − 1 (Brealey, Myers &amp; Allen, <i>Principles of Corporate
 * Finance</i>, ch. 2–3: present values and effective annual rates).
 */
public final class Npv {

    private Npv() {}

    /** Monthly rate equivalent to an effective annual rate: (1 + r)^(1/12) − 1. */
    public static double monthlyRate(double annualRate) {
        Checks.nonNegative("annualRate", annualRate);
        return Math.pow(1 + annualRate, 1.0 / 12) - 1;
    }

    /** Present value of {@code monthly} flows (month 1 first) at an effective annual rate. */
    public static double presentValue(double[] monthly, double annualRate) {
        double factor = 1 / (1 + monthlyRate(annualRate));
        double discount = 1;
        double pv = 0;
        for (double flow : monthly) {
            discount *= factor;
            pv += flow * discount;
        }
        return pv;
    }
}
