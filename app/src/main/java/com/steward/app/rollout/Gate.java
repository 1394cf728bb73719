package com.steward.app.rollout;

import com.steward.analytics.kpi.KpiCatalogue;
import java.util.Locale;

/**
 * A metric condition a phase must meet. {@code threshold} is in display units: percentage points for rates,
 * seconds for times, points for QA. RELATIVE: vendor − in-house compared with the threshold (e.g. AT_LEAST −2 =
 * "not worse than in-house by more than 2 points"); ABSOLUTE: the vendor's value compared with it (AT_MOST 8 =
 * "≤ 8 %"). Always judged on the 95% interval.
 */
public record Gate(long id, String metric, Basis basis, Comparison comparison, double threshold) {

    /** Relative to the in-house baseline or an absolute level. */
    public enum Basis {
        RELATIVE,
        ABSOLUTE
    }

    public enum Comparison {
        AT_LEAST,
        AT_MOST
    }

    /** The threshold in the metric's value units (a share 0…1 for rates). */
    public double thresholdInValueUnits() {
        return isRate() ? threshold / 100 : threshold;
    }

    public boolean isRate() {
        return KpiCatalogue.byId(metric).unit() == KpiCatalogue.Unit.RATIO;
    }

    /** E.g. {@code csat ≥ in-house − 2 pts} or {@code abandonment_rate ≤ 8 %}. */
    public String description() {
        String op = comparison == Comparison.AT_LEAST ? "≥" : "≤";
        String unit = isRate() ? (basis == Basis.RELATIVE ? " pts" : " %") : unitSuffix();
        String t = String.format(Locale.ROOT, "%s", trim(Math.abs(threshold)));
        if (basis == Basis.ABSOLUTE) {
            return metric + " " + op + " " + trim(threshold) + unit;
        }
        String sign = threshold < 0 ? " − " : " + ";
        return metric + " " + op + " in-house" + (threshold == 0 ? "" : sign + t + unit) + " (95% confidence)";
    }

    private String unitSuffix() {
        return switch (KpiCatalogue.byId(metric).unit()) {
            case SECONDS -> " s";
            case POINTS, NPS_POINTS -> " pts";
            default -> "";
        };
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
