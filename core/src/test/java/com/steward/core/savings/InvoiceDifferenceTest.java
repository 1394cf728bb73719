package com.steward.core.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvoiceDifferenceTest {

    @Test
    void sixPercentMoreMinutesIsFlaggedWithItsMoney() {
        InvoiceDifference d =
                InvoiceDifference.of(new BigDecimal("10600"), new BigDecimal("10000"), new BigDecimal("0.85"), 2.0);
        assertThat(d.unitDifference()).isEqualByComparingTo("600");
        assertThat(d.percentDifference()).isCloseTo(6.0, within(1e-12));
        assertThat(d.moneyDifference()).isEqualTo(new BigDecimal("510.00"));
        assertThat(d.flagged()).isTrue();
    }

    @Test
    void withinTheToleranceIsNotFlaggedEitherWay() {
        assertThat(InvoiceDifference.of(new BigDecimal("1019"), new BigDecimal("1000"), BigDecimal.ONE, 2.0)
                        .flagged())
                .isFalse();
        InvoiceDifference under =
                InvoiceDifference.of(new BigDecimal("970"), new BigDecimal("1000"), new BigDecimal("2"), 2.0);
        assertThat(under.flagged()).isTrue();
        assertThat(under.moneyDifference()).isEqualTo(new BigDecimal("-60.00"));
    }

    @Test
    void unitsInvoicedWhereNoneWereMeasuredAreFlaggedWithoutAPercentage() {
        InvoiceDifference d = InvoiceDifference.of(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, 2.0);
        assertThat(d.percentDifference()).isNull();
        assertThat(d.flagged()).isTrue();
        assertThat(InvoiceDifference.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, 2.0)
                        .flagged())
                .isFalse();
    }
}
