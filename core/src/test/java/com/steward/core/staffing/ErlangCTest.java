package com.steward.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangCTest {

    /** Independent closed form: C = (A^n/n! · n/(n−A)) / (Σ_{k<n} A^k/k! + A^n/n! · n/(n−A)). */
    private static double erlangCBySum(double a, int n) {
        double term = 1; // A^k / k!
        double below = 0;
        for (int k = 0; k < n; k++) {
            below += term;
            term *= a / (k + 1);
        }
        double top = term * n / (n - a);
        return top / (below + top);
    }

    @Test
    void probabilityOfWaitAgreesWithTheDirectSumFormula() {
        for (int n = 1; n <= 60; n++) {
            for (double a : new double[] {0.3, n * 0.5, n * 0.9, n - 0.01}) {
                assertThat(ErlangC.probabilityOfWait(a, n))
                        .as("A=%s n=%d", a, n)
                        .isCloseTo(erlangCBySum(a, n), within(1e-12));
            }
        }
    }

    @Test
    void erlangBMatchesTheTextbookValueForTenErlangsOnTenLines() {
        // B(10, 10) = (10^10/10!) / Σ_{k=0..10} 10^k/k! = 0.2145823...
        double term = 1;
        double sum = 1;
        for (int k = 1; k <= 10; k++) {
            term *= 10.0 / k;
            sum += term;
        }
        assertThat(ErlangB.blocking(10, 10)).isCloseTo(term / sum, within(1e-14));
        assertThat(ErlangB.blocking(10, 10)).isCloseTo(0.2145823, within(1e-7));
    }

    @Test
    void serviceLevelFollowsTheClosedFormForTheNearCertainCase() {
        // A = 10, n = 25, t = 60 s, AHT = 180 s: SL = 1 − C·e^{−15·60/180} = 1 − C·e^{−5}.
        double c = erlangCBySum(10, 25);
        double expected = 1 - c * Math.exp(-5);
        assertThat(ErlangC.serviceLevel(10, 25, 60, 180)).isCloseTo(expected, within(1e-12));
        assertThat(ErlangC.serviceLevel(10, 25, 60, 180)).isCloseTo(0.99999967, within(5e-9));
    }

    @Test
    void overloadedQueueIsReportedUnstableWithInfiniteWaitsNeverNegative() {
        QueueMetrics m = ErlangC.metrics(StaffingInput.ofOfferedLoad(30, 180, 20), 25);
        assertThat(m.stable()).isFalse();
        assertThat(m.probabilityOfWait()).isEqualTo(1);
        assertThat(m.serviceLevel()).isZero();
        assertThat(m.asaSeconds()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ErlangC.averageSpeedOfAnswer(25, 25, 180)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ErlangC.probabilityOfWait(25, 25)).isEqualTo(1);
    }

    @Test
    void twentyThousandAgentsGiveFiniteExactMetrics() {
        QueueMetrics m = ErlangC.metrics(StaffingInput.ofOfferedLoad(19_900, 180, 20), 20_000);
        assertThat(m.stable()).isTrue();
        assertThat(m.probabilityOfWait()).isStrictlyBetween(0.0, 1.0);
        assertThat(m.asaSeconds()).isFinite().isPositive();
        // the standard Halfin–Whitt approximation P(wait) ≈ [1 + β Φ(β)/φ(β)]^-1, β = (n−A)/√A,
        // is accurate to about 1% at this scale
        double beta = 100 / Math.sqrt(19_900);
        double phi = Math.exp(-beta * beta / 2) / Math.sqrt(2 * Math.PI);
        double cdf = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .cumulativeProbability(beta);
        double halfinWhitt = 1 / (1 + beta * cdf / phi);
        assertThat(m.probabilityOfWait()).isCloseTo(halfinWhitt, within(0.01));
    }

    @Test
    void hugeLoadsAndHugeAgentCountsNeverProduceNaN() {
        assertThat(ErlangB.blocking(1e12, 50_000)).isBetween(0.0, 1.0).isNotNaN();
        assertThat(ErlangB.blocking(1, 50_000)).isZero();
        assertThat(ErlangC.probabilityOfWait(1, 50_000)).isZero();
        assertThat(ErlangC.probabilityOfWait(49_999.9, 50_000)).isBetween(0.0, 1.0);
    }

    @Test
    void zeroLoadNeedsNoWaitingAndNoAgents() {
        QueueMetrics m = ErlangC.metrics(new StaffingInput(0, 900, 300, 20), 0);
        assertThat(m.serviceLevel()).isEqualTo(1);
        assertThat(m.probabilityOfWait()).isZero();
        assertThat(RequiredAgents.forServiceLevel(new StaffingInput(0, 900, 300, 20), 0.8, 1)
                        .agents())
                .isZero();
    }

    @Test
    void rejectsInvalidInputsNamingTheField() {
        assertThatThrownBy(() -> new StaffingInput(10, 900, 0, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ahtSeconds");
        assertThatThrownBy(() -> new StaffingInput(-1, 900, 180, 20)).hasMessageContaining("contactsPerInterval");
        assertThatThrownBy(() -> new StaffingInput(10, 0, 180, 20)).hasMessageContaining("intervalSeconds");
        assertThatThrownBy(() -> ErlangC.probabilityOfWait(Double.NaN, 3)).hasMessageContaining("offeredLoad");
        assertThatThrownBy(() -> ErlangC.probabilityOfWait(3, -1)).hasMessageContaining("agents");
        assertThatThrownBy(() -> StaffingGoal.serviceLevel(1.0)).hasMessageContaining("target");
        assertThatThrownBy(() -> StaffingGoal.serviceLevel(0)).hasMessageContaining("target");
        assertThatThrownBy(() -> StaffingGoal.serviceLevel(0.8).withMaxOccupancy(0))
                .hasMessageContaining("maxOccupancy");
    }
}
