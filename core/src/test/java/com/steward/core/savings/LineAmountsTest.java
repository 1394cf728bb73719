package com.steward.core.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LineAmountsTest {

    @Test
    void hoursTimesRateIsExactToTheCent() {
        // 0.1 × 3 is 0.30000000000000004 in binary floating point; here it is 0.30
        assertThat(LineAmounts.amount(new BigDecimal("0.1"), new BigDecimal("3")))
                .isEqualByComparingTo("0.30");
        assertThat(LineAmounts.amount(new BigDecimal("7.25"), new BigDecimal("85.50")))
                .isEqualTo(new BigDecimal("619.88")); // 619.875 rounds half up
        assertThat(LineAmounts.amount(new BigDecimal("4125.333"), new BigDecimal("0.7125")))
                .isEqualTo(new BigDecimal("2939.30")); // 2939.2997625
    }

    @Test
    void anEnteredAmountKeepsItsCentsAndRefusesMore() {
        assertThat(LineAmounts.money(new BigDecimal("12.5"))).isEqualTo(new BigDecimal("12.50"));
        assertThatThrownBy(() -> LineAmounts.money(new BigDecimal("12.345"))).hasMessageContaining("decimals");
        assertThatThrownBy(() -> LineAmounts.amount(new BigDecimal("-1"), BigDecimal.ONE))
                .hasMessageContaining(">= 0");
    }
}
