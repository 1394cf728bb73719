package com.steward.core.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCreditsTest {

    private final CreditPolicy policy = CreditPolicy.defaults(); // 80 points, 0.5 %/point, cap 10 %, 3 months

    @Test
    void creditIsAPercentagePerPointBelowTheThresholdScore() {
        // 74: 80 − 74 = 6 points × 0.5 % = 3 %
        assertThat(ServiceCredits.creditPercent(74, policy)).isCloseTo(3.0, within(1e-12));
        assertThat(ServiceCredits.creditPercent(80, policy)).isZero();
        assertThat(ServiceCredits.creditPercent(95, policy)).isZero();
        assertThat(ServiceCredits.creditPercent(Double.NaN, policy)).isZero();
    }

    @Test
    void creditIsCappedAtTheCap() {
        // 58: 22 points × 0.5 % = 11 % → capped at 10 %
        assertThat(ServiceCredits.creditPercent(58, policy)).isEqualTo(10.0);
    }

    @Test
    void creditsBecomeMoneyOnTheMonthsInvoice() {
        // 3 % of 100,000 = 3,000; 10 % (capped) of 200,000 = 20,000
        List<MonthlyCredit> ledger = ServiceCredits.ledger(List.of(74.0, 58.0), List.of(100_000.0, 200_000.0), policy);
        assertThat(ledger.get(0).credit()).isCloseTo(3_000, within(1e-6));
        assertThat(ledger.get(1).credit()).isCloseTo(20_000, within(1e-6));
        assertThat(ledger.get(1).outstanding()).isCloseTo(23_000, within(1e-6));
    }

    @Test
    void threeGoodMonthsEarnBackTheOutstandingCredit() {
        // 74 → 3,000 credited; then 85, 90, 82 are good: after the third, 3,000 comes back
        List<MonthlyCredit> ledger =
                ServiceCredits.ledger(List.of(74.0, 85.0, 90.0, 82.0), Collections.nCopies(4, 100_000.0), policy);
        assertThat(ledger.get(2).earnedBack()).isZero();
        assertThat(ledger.get(2).goodStreak()).isEqualTo(2);
        assertThat(ledger.get(3).earnedBack()).isCloseTo(3_000, within(1e-6));
        assertThat(ledger.get(3).outstanding()).isZero();
    }

    @Test
    void aBadMonthRestartsTheEarnBackCount() {
        // 74 → 3,000; 85 good; 70 → 10 points × 0.5 = 5 % = 5,000 and the streak restarts; 85, 85, 85 → 8,000 back
        List<MonthlyCredit> ledger = ServiceCredits.ledger(
                List.of(74.0, 85.0, 70.0, 85.0, 85.0, 85.0), Collections.nCopies(6, 100_000.0), policy);
        assertThat(ledger.get(2).credit()).isCloseTo(5_000, within(1e-6));
        assertThat(ledger.get(2).goodStreak()).isZero();
        assertThat(ledger.subList(0, 5))
                .allSatisfy(m -> assertThat(m.earnedBack()).isZero());
        assertThat(ledger.get(5).earnedBack()).isCloseTo(8_000, within(1e-6));
    }

    @Test
    void aPartialEarnBackShareReturnsOnlyThatShare() {
        CreditPolicy half = new CreditPolicy(80, 0.5, 10, 1, 0.5);
        // 74 → 3,000; one good month returns half: 1,500
        List<MonthlyCredit> ledger = ServiceCredits.ledger(List.of(74.0, 81.0), List.of(100_000.0, 100_000.0), half);
        assertThat(ledger.get(1).earnedBack()).isCloseTo(1_500, within(1e-6));
    }

    @Test
    void earnBackZeroMonthsDisablesEarnBack() {
        CreditPolicy none = new CreditPolicy(80, 0.5, 10, 0, 1);
        List<MonthlyCredit> ledger =
                ServiceCredits.ledger(List.of(74.0, 90.0, 90.0, 90.0), Collections.nCopies(4, 1_000.0), none);
        assertThat(ledger).allSatisfy(m -> assertThat(m.earnedBack()).isZero());
        assertThat(ledger.getLast().outstanding()).isCloseTo(30, within(1e-9));
    }

    @Test
    void rejectsAnInvoiceListOfTheWrongLength() {
        assertThatThrownBy(() -> ServiceCredits.ledger(List.of(70.0), List.of(), policy))
                .hasMessageStartingWith("invoices");
    }

    @Test
    void rejectsACapAboveOneHundredPercent() {
        assertThatThrownBy(() -> new CreditPolicy(80, 0.5, 120, 3, 1)).hasMessageStartingWith("capPercent");
    }
}
