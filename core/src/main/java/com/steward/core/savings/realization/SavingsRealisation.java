package com.steward.core.savings.realization;

import com.steward.core.savings.SavingsForecast;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Savings realised by a contract against its business case, month by month:
 *
 * <pre>
 *   actual cost(m)      = invoiced(m) − net credits(m) + hidden costs(m)        (months with an invoice)
 *   realised(m)         = planned in-house cost(m) − actual cost(m)             (invoiced months the plan covers)
 *   planned savings(m)  = planned in-house cost(m) − planned vendor cost(m)
 *   target              = Σ planned savings over the months both the plan and the term cover
 * </pre>
 *
 * A month without an invoice is not reported: it has no actual cost and no realised savings (never 0); an invoice of
 * 0 is a reported month. Money is exact decimal; the forecast of the term's total is {@link SavingsForecast}'s trend
 * fit (in {@code double}, a statistical estimate), projected when at least {@link SavingsForecast#MIN_MONTHS}
 * months are realised.
 */
public final class SavingsRealisation {

    /** Precision of a re-based credit (a credit × invoiced ÷ the basis it was computed on). */
    public static final MathContext CREDIT_PRECISION = MathContext.DECIMAL64;

    private SavingsRealisation() {}

    /**
     * A month's service credit net of earn-back, on the invoiced basis: (credit − earned back), re-based on the
     * invoiced total when the contract computed it on another basis (a credit is a percentage of the invoice), that
     * is × invoiced ÷ basis. Not re-based when it is 0, when nothing was invoiced or when the basis is not positive.
     */
    public static BigDecimal netCredit(
            BigDecimal credit, BigDecimal earnedBack, Optional<BigDecimal> invoiced, Optional<BigDecimal> basis) {
        BigDecimal net = credit.subtract(earnedBack);
        if (net.signum() == 0
                || invoiced.isEmpty()
                || basis.isEmpty()
                || basis.get().signum() <= 0) {
            return net;
        }
        return net.multiply(invoiced.get()).divide(basis.get(), CREDIT_PRECISION);
    }

    /**
     * Realisation over the term.
     *
     * @param term every month of the contract's term, the first first
     * @param plan the linked business case's plan, empty without one (then months carry actual costs only)
     * @param forecastLevel level of the forecast's prediction interval, in (0, 1)
     */
    public static Realisation of(List<RealisationMonth> term, Optional<SavingsPlan> plan, double forecastLevel) {
        int planMonths = plan.map(p -> Math.min(term.size(), p.months())).orElse(0);
        @Nullable BigDecimal target = plan.map(p -> plannedTotal(p, planMonths)).orElse(null);
        List<@Nullable BigDecimal> realised = new ArrayList<>(term.size());
        List<SavingsForecast.Observation> observed = new ArrayList<>();
        BigDecimal toDate = BigDecimal.ZERO;
        for (int i = 0; i < term.size(); i++) {
            Optional<BigDecimal> actual = term.get(i).actualCost();
            @Nullable BigDecimal r = null;
            if (actual.isPresent() && plan.isPresent() && i < planMonths) {
                r = plan.get().inHouse().get(i).subtract(actual.get());
                observed.add(new SavingsForecast.Observation(i + 1, r.doubleValue()));
                toDate = toDate.add(r);
            }
            realised.add(r);
        }
        SavingsForecast.@Nullable Forecast forecast = null;
        if (plan.isPresent() && target != null && observed.size() >= SavingsForecast.MIN_MONTHS) {
            List<Double> plannedSavings = new ArrayList<>(planMonths);
            for (int i = 0; i < planMonths; i++) {
                plannedSavings.add(plan.get().savings(i).doubleValue());
            }
            forecast = SavingsForecast.project(observed, plannedSavings, target.doubleValue(), forecastLevel);
        }
        List<RealisedMonth> months = rows(term, plan, planMonths, realised, forecast);
        return new Realisation(target, toDate, months, forecast, planMonths, observed.size());
    }

    private static BigDecimal plannedTotal(SavingsPlan plan, int months) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < months; i++) {
            total = total.add(plan.savings(i));
        }
        return total;
    }

    private static List<RealisedMonth> rows(
            List<RealisationMonth> term,
            Optional<SavingsPlan> plan,
            int planMonths,
            List<@Nullable BigDecimal> realised,
            SavingsForecast.@Nullable Forecast forecast) {
        Map<Integer, Double> fitted = new HashMap<>();
        if (forecast != null) {
            forecast.months().forEach(o -> fitted.put(o.month(), o.realized()));
        }
        List<RealisedMonth> rows = new ArrayList<>(term.size());
        BigDecimal cumPlan = BigDecimal.ZERO;
        BigDecimal cumRealised = BigDecimal.ZERO;
        BigDecimal cumForecast = BigDecimal.ZERO;
        for (int i = 0; i < term.size(); i++) {
            RealisationMonth m = term.get(i);
            boolean planned = plan.isPresent() && i < planMonths;
            @Nullable BigDecimal inHouse = planned ? plan.get().inHouse().get(i) : null;
            @Nullable BigDecimal vendor = planned ? plan.get().vendor().get(i) : null;
            @Nullable BigDecimal plannedSavings = planned ? plan.get().savings(i) : null;
            if (plannedSavings != null) {
                cumPlan = cumPlan.add(plannedSavings);
            }
            @Nullable BigDecimal r = realised.get(i);
            Double fit = fitted.get(i + 1);
            if (r != null) {
                cumRealised = cumRealised.add(r);
                cumForecast = cumForecast.add(r);
            } else if (fit != null) {
                cumForecast = cumForecast.add(BigDecimal.valueOf(fit));
            }
            rows.add(new RealisedMonth(
                    i + 1,
                    inHouse,
                    vendor,
                    plannedSavings,
                    m,
                    r,
                    plannedSavings == null ? null : cumPlan,
                    plan.isEmpty() ? null : cumRealised,
                    forecast == null || i >= planMonths ? null : cumForecast));
        }
        return List.copyOf(rows);
    }
}
