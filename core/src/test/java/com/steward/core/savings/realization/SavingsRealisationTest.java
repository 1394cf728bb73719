package com.steward.core.savings.realization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.core.savings.SavingsForecast;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SavingsRealisationTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** In-house 10,000 a month against a vendor at 7,000 (cumulative costs as a business case reports them). */
    private static SavingsPlan fourMonthPlan() {
        return SavingsPlan.fromCumulative(
                List.of(10_000.0, 20_000.0, 30_000.0, 40_000.0), List.of(7_000.0, 14_000.0, 21_000.0, 28_000.0));
    }

    @Test
    void realisesTheInHouseCostLessInvoiceLessCreditsPlusHiddenCostsByHand() {
        // month 1: 10,000 − (7,200 − 0 + 900.50)   = 1,899.50
        // month 2: 10,000 − (6,800 − 340 + 0)      = 3,540
        // month 3: not invoiced                    → not realised (credits and hidden costs still shown)
        // month 4: 10,000 − (0 − 0 + 150)          = 9,850 (an invoice of 0 is a reported month)
        List<RealisationMonth> term = List.of(
                RealisationMonth.invoiced(d("7200.00"), d("0"), d("900.50")),
                RealisationMonth.invoiced(d("6800.00"), d("340"), d("0")),
                RealisationMonth.notInvoiced(d("0"), d("75")),
                RealisationMonth.invoiced(d("0"), d("0"), d("150")));

        Realisation r = SavingsRealisation.of(term, Optional.of(fourMonthPlan()), 0.9);

        assertThat(r.target()).isEqualByComparingTo("12000");
        assertThat(r.planMonths()).isEqualTo(4);
        assertThat(r.realisedMonths()).isEqualTo(3);
        assertThat(r.months().get(2).realisedSavings()).isNull();
        assertThat(r.months().get(0).realisedSavings()).isEqualByComparingTo("1899.50");
        assertThat(r.months().get(1).realisedSavings()).isEqualByComparingTo("3540");
        assertThat(r.months().get(3).realisedSavings()).isEqualByComparingTo("9850");
        assertThat(r.realisedToDate()).isEqualByComparingTo("15289.50");
        assertThat(r.months().get(2).actual().actualCost()).isEmpty();
        assertThat(r.months().get(2).actual().hiddenCosts()).isEqualByComparingTo("75");
        assertThat(r.months().get(3).cumulativePlan()).isEqualByComparingTo("12000");
        assertThat(r.months().get(2).cumulativeRealised()).isEqualByComparingTo("5439.50");
        // three realised months are enough for a forecast: realised to date plus month 3's fitted savings
        SavingsForecast.Forecast forecast = Objects.requireNonNull(r.forecast(), "a forecast");
        assertThat(forecast.months()).extracting(o -> o.month()).containsExactly(3);
        BigDecimal fitted = BigDecimal.valueOf(forecast.months().getFirst().realized());
        assertThat(r.months().get(3).cumulativeForecast())
                .isEqualByComparingTo(d("15289.50").add(fitted));
    }

    @Test
    void withoutAPlanMonthsCarryActualCostsOnly() {
        Realisation r = SavingsRealisation.of(
                List.of(RealisationMonth.invoiced(d("3100"), d("0"), d("0"))), Optional.empty(), 0.9);
        assertThat(r.target()).isNull();
        assertThat(r.forecast()).isNull();
        assertThat(r.realisedToDate()).isZero();
        RealisedMonth m = r.months().getFirst();
        assertThat(m.actual().actualCost()).contains(d("3100"));
        assertThat(m.realisedSavings()).isNull();
        assertThat(m.cumulativePlan()).isNull();
        assertThat(m.cumulativeRealised()).isNull();
        assertThat(m.cumulativeForecast()).isNull();
    }

    @Test
    void aPlanShorterThanTheTermCoversOnlyItsMonthsAndTwoMonthsGiveNoForecast() {
        List<RealisationMonth> term = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            term.add(
                    i < 2
                            ? RealisationMonth.invoiced(d("7000"), d("0"), d("0"))
                            : RealisationMonth.notInvoiced(d("0"), d("0")));
        }
        Realisation r = SavingsRealisation.of(term, Optional.of(fourMonthPlan()), 0.9);
        assertThat(r.planMonths()).isEqualTo(4);
        assertThat(r.target()).isEqualByComparingTo("12000");
        assertThat(r.forecast()).isNull();
        assertThat(r.months().get(4).plannedInHouse()).isNull();
        assertThat(r.months().get(4).cumulativePlan()).isNull();
        assertThat(r.months().get(5).cumulativeRealised()).isEqualByComparingTo("6000");
    }

    @Test
    void aTermShorterThanThePlanCutsTheTarget() {
        Realisation r = SavingsRealisation.of(
                List.of(RealisationMonth.notInvoiced(d("0"), d("0"))), Optional.of(fourMonthPlan()), 0.9);
        assertThat(r.planMonths()).isEqualTo(1);
        assertThat(r.target()).isEqualByComparingTo("3000");
    }

    @Test
    void aCreditIsRebasedOnTheInvoicedTotal() {
        // 600 credited on an expected 30,000, invoiced 35,200: 600 × 35,200 / 30,000 = 704
        assertThat(SavingsRealisation.netCredit(d("650"), d("50"), Optional.of(d("35200")), Optional.of(d("30000"))))
                .isEqualByComparingTo("704");
        assertThat(SavingsRealisation.netCredit(d("650"), d("50"), Optional.empty(), Optional.of(d("30000"))))
                .isEqualByComparingTo("600");
        assertThat(SavingsRealisation.netCredit(d("650"), d("50"), Optional.of(d("35200")), Optional.of(d("0"))))
                .isEqualByComparingTo("600");
        assertThat(SavingsRealisation.netCredit(d("50"), d("50"), Optional.of(d("35200")), Optional.of(d("30000"))))
                .isZero();
    }

    @Test
    void planListsMustMatch() {
        assertThatThrownBy(() -> new SavingsPlan(List.of(d("1")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SavingsPlan.fromCumulative(List.of(Double.NaN), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- properties ---

    @Provide
    Arbitrary<List<RealisationMonth>> months() {
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("1000000"))
                .ofScale(2);
        return Combinators.combine(money, money, money, Arbitraries.integers().between(0, 3))
                .as((invoice, credit, hidden, kind) -> kind == 0
                        ? RealisationMonth.notInvoiced(credit, hidden)
                        : RealisationMonth.invoiced(kind == 1 ? BigDecimal.ZERO : invoice, credit, hidden))
                .list()
                .ofMaxSize(30);
    }

    @Property(tries = 200)
    void realisedIsPlanLessActualAndSumsToTheTotal(
            @ForAll("months") List<RealisationMonth> term, @ForAll @IntRange(min = 0, max = 30) int planLength) {
        List<Double> inHouse = new ArrayList<>();
        List<Double> vendor = new ArrayList<>();
        for (int i = 1; i <= planLength; i++) {
            inHouse.add(i * 12_000.0);
            vendor.add(i * 9_000.0);
        }
        SavingsPlan plan = SavingsPlan.fromCumulative(inHouse, vendor);
        Realisation r = SavingsRealisation.of(term, Optional.of(plan), 0.9);

        assertThat(r.months()).hasSize(term.size());
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        int realisedMonths = 0;
        for (int i = 0; i < term.size(); i++) {
            RealisationMonth m = term.get(i);
            RealisedMonth row = r.months().get(i);
            boolean covered = i < planLength;
            BigDecimal invoiced = m.invoiced();
            if (invoiced == null || !covered) {
                assertThat(row.realisedSavings()).isNull();
                continue;
            }
            // independent: in-house of month i is 12,000 (the cumulative step), actual = invoice − credit + hidden
            BigDecimal expected = d("12000").subtract(invoiced).add(m.credits()).subtract(m.hiddenCosts());
            assertThat(row.realisedSavings()).isEqualByComparingTo(expected);
            sum = sum.add(expected);
            realisedMonths++;
        }
        for (int i = 0; i < Math.min(term.size(), planLength); i++) {
            planned = planned.add(d("3000"));
        }
        assertThat(r.realisedToDate()).isEqualByComparingTo(sum);
        assertThat(r.realisedMonths()).isEqualTo(realisedMonths);
        assertThat(r.target()).isEqualByComparingTo(planned);
        if (!term.isEmpty()) {
            assertThat(r.months().getLast().cumulativeRealised()).isEqualByComparingTo(sum);
        }
        assertThat(r.forecast() != null).isEqualTo(realisedMonths >= 3);
    }
}
