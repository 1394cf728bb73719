package com.steward.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

class ErlangATest {

    private static final StaffingInput REFERENCE = new StaffingInput(100, 1800, 240, 20);

    /**
     * Palm / Garnett–Mandelbaum–Reiman closed form: with x = nμ/θ, y = λ/θ, A(x,y) = x e^y y^-x γ(x,y),
     * E = Erlang B; P(W>0) = A·E / (1 + (A−1)·E); P(Ab | W>0) = 1/(ρA) + 1 − 1/ρ, ρ = λ/(nμ).
     */
    private static double[] gmrWaitAndAbandon(StaffingInput in, double patience, int n) {
        double theta = 1 / patience;
        double lambda = in.arrivalRatePerSecond();
        double mu = 1 / in.ahtSeconds();
        double x = n * mu / theta;
        double y = lambda / theta;
        double lowerGamma = GammaDistribution.of(x, 1).cumulativeProbability(y);
        double bigA = Math.exp(Math.log(x) + y - x * Math.log(y) + LogGamma.value(x)) * lowerGamma;
        double e = ErlangB.blocking(in.offeredLoad(), n);
        double pWait = bigA * e / (1 + (bigA - 1) * e);
        double rho = lambda / (n * mu);
        double abandonGivenWait = 1 / (rho * bigA) + 1 - 1 / rho;
        return new double[] {pWait, pWait * abandonGivenWait};
    }

    @Test
    void waitAndAbandonAgreeWithThePalmClosedForm() {
        for (int n = 8; n <= 24; n++) {
            for (double patience : new double[] {30, 120, 600}) {
                QueueMetrics m = ErlangA.metrics(REFERENCE, patience, n);
                double[] gmr = gmrWaitAndAbandon(REFERENCE, patience, n);
                assertThat(m.probabilityOfWait())
                        .as("P(wait) n=%d θ=%s", n, patience)
                        .isCloseTo(gmr[0], within(1e-9));
                assertThat(m.probabilityOfAbandon())
                        .as("P(ab) n=%d θ=%s", n, patience)
                        .isCloseTo(gmr[1], within(1e-9));
            }
        }
    }

    /** Discrete-event simulation of M/M/n+M, FCFS: [P(wait), P(abandon), answered ≤ t / all, ASA answered]. */
    static double[] simulate(StaffingInput in, double patience, int n, int customers, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        PriorityQueue<Double> free = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            free.add(0.0);
        }
        double lambda = in.arrivalRatePerSecond();
        double now = 0;
        int warmUp = customers / 20;
        long waited = 0;
        long abandoned = 0;
        long within = 0;
        long answered = 0;
        double answeredWait = 0;
        for (int i = 0; i < customers + warmUp; i++) {
            now += -Math.log(1 - r.nextDouble()) / lambda;
            double tau = -Math.log(1 - r.nextDouble()) * patience;
            double service = -Math.log(1 - r.nextDouble()) * in.ahtSeconds();
            double earliest = free.peek();
            double start = Math.max(now, earliest);
            boolean counted = i >= warmUp;
            double wait = start - now;
            if (counted && wait > 0) {
                waited++;
            }
            if (wait > tau) {
                if (counted) {
                    abandoned++;
                }
                continue;
            }
            free.poll();
            free.add(start + service);
            if (counted) {
                answered++;
                answeredWait += wait;
                if (wait <= in.targetAnswerSeconds()) {
                    within++;
                }
            }
        }
        return new double[] {
            (double) waited / customers,
            (double) abandoned / customers,
            (double) within / customers,
            answeredWait / answered
        };
    }

    @Test
    void serviceLevelAbandonAndAsaAgreeWithASimulation() {
        for (int n : new int[] {14, 16}) {
            QueueMetrics m = ErlangA.metrics(REFERENCE, 120, n);
            double[] sim = simulate(REFERENCE, 120, n, 1_000_000, 42 + n);
            assertThat(m.probabilityOfWait()).isCloseTo(sim[0], within(0.01));
            assertThat(m.probabilityOfAbandon()).isCloseTo(sim[1], within(0.005));
            assertThat(m.serviceLevel()).isCloseTo(sim[2], within(0.01));
            assertThat(m.asaSeconds()).isCloseTo(sim[3], within(0.5));
        }
    }

    @Test
    void tendsToErlangCAsPatienceGrows() {
        StaffingInput in = new StaffingInput(100, 1800, 180, 20);
        QueueMetrics c = ErlangC.metrics(in, 12);
        QueueMetrics a = ErlangA.metrics(in, 1e9, 12);
        assertThat(a.probabilityOfWait()).isCloseTo(c.probabilityOfWait(), within(1e-5));
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-5));
        assertThat(a.asaSeconds()).isCloseTo(c.asaSeconds(), within(1e-3));
        assertThat(a.probabilityOfAbandon()).isLessThan(1e-6);
    }

    @Test
    void abandonmentKeepsAnOverloadedQueueStable() {
        QueueMetrics m = ErlangA.metrics(StaffingInput.ofOfferedLoad(40, 180, 20), 60, 20);
        assertThat(m.stable()).isTrue();
        // carried load cannot exceed the agents, so at least (40 − 20)/40 of the callers abandon
        assertThat(m.probabilityOfAbandon()).isGreaterThanOrEqualTo(0.5 - 1e-9).isLessThan(1);
        assertThat(m.asaSeconds()).isFinite();
        assertThat(m.meanWaitAllSeconds()).isCloseTo(m.probabilityOfAbandon() * 60, within(1e-9));
    }

    @Test
    void meanWaitOfAllIsLittlesLawOnTheQueueAndDiffersFromAsaOfAnswered() {
        QueueMetrics m = ErlangA.metrics(REFERENCE, 120, 14);
        // P(ab) = θ⁻¹·E[Q]/λ and mean wait of all = E[Q]/λ, so mean wait = P(ab)·θ
        assertThat(m.meanWaitAllSeconds()).isCloseTo(m.probabilityOfAbandon() * 120, within(1e-9));
        assertThat(m.asaSeconds()).isLessThan(m.meanWaitAllSeconds());
    }

    @Test
    void twentyThousandAgentsAndHeavyOverloadStayFinite() {
        QueueMetrics big = ErlangA.metrics(StaffingInput.ofOfferedLoad(19_900, 180, 20), 120, 20_000);
        assertThat(big.probabilityOfWait()).isStrictlyBetween(0.0, 1.0);
        assertThat(big.serviceLevel()).isStrictlyBetween(0.9, 1.0);
        QueueMetrics overload = ErlangA.metrics(StaffingInput.ofOfferedLoad(40_000, 180, 20), 120, 20_000);
        assertThat(overload.probabilityOfAbandon()).isCloseTo(0.5, within(1e-3));
        assertThat(overload.asaSeconds()).isFinite().isPositive();
        QueueMetrics none = ErlangA.metrics(StaffingInput.ofOfferedLoad(1, 180, 20), 120, 20_000);
        assertThat(none.probabilityOfWait()).isZero();
        assertThat(none.serviceLevel()).isEqualTo(1);
    }

    @Test
    void rejectsNonPositivePatience() {
        assertThatThrownBy(() -> ErlangA.metrics(REFERENCE, 0, 10)).hasMessageContaining("meanPatienceSeconds");
        assertThatThrownBy(() -> QueueModel.erlangA(Double.POSITIVE_INFINITY))
                .hasMessageContaining("meanPatienceSeconds");
    }
}
