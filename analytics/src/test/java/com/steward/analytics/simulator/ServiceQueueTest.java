package com.steward.analytics.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.staffing.ErlangA;
import com.steward.core.staffing.ErlangC;
import com.steward.core.staffing.QueueMetrics;
import com.steward.core.staffing.StaffingInput;
import org.junit.jupiter.api.Test;

/** The queue against the closed forms of Erlang A and C (an independent reference), and staffing changes. */
class ServiceQueueTest {
    private static final double AHT = 300;

    /** Outcome of a stationary run: offered, answered, abandoned, waited (> 0), sum of waits of answered (s). */
    private record Run(long offered, long answered, long abandoned, long waited, double waitSum) {
        double abandonRate() {
            return (double) abandoned / offered;
        }

        double asa() {
            return waitSum / answered;
        }

        double probabilityOfWait() {
            return (double) waited / offered;
        }
    }

    /** M/M/n+M: Poisson arrivals, exponential handle times and patience, FCFS, n constant agents. */
    private static Run stationary(long seed, double load, int agents, double patience, int contacts) {
        Rng rng = new Rng(seed);
        ServiceQueue queue = new ServiceQueue(0, 256);
        queue.setAgents(agents, 0);
        double lambda = load / AHT; // per second
        double t = 0;
        long answered = 0;
        long abandoned = 0;
        long waited = 0;
        double waitSum = 0;
        for (int i = 0; i < contacts; i++) {
            t += rng.exponential() / lambda;
            long arrival = (long) (t * 1e6);
            long p = Double.isInfinite(patience) ? Long.MAX_VALUE : (long) (rng.exponential() * patience * 1e6);
            long handle = (long) (rng.exponential() * AHT * 1e6);
            boolean busy = queue.earliestFree() > arrival;
            long at = queue.offer(arrival, p, handle);
            if (i < contacts / 20) {
                continue; // warm-up
            }
            if (busy) {
                waited++;
            }
            if (at < 0) {
                abandoned++;
            } else {
                answered++;
                waitSum += (at - arrival) / 1e6;
            }
        }
        long offered = answered + abandoned;
        return new Run(offered, answered, abandoned, waited, waitSum);
    }

    @Test
    void abandonmentAndWaitsMatchErlangAForAStationaryQueue() {
        for (double[] c : new double[][] {{9, 10, 300}, {18, 17, 180}, {4.5, 5, 600}}) {
            double load = c[0];
            int agents = (int) c[1];
            double patience = c[2];
            Run run = stationary(11, load, agents, patience, 600_000);
            QueueMetrics expected = ErlangA.metrics(StaffingInput.ofOfferedLoad(load, AHT, 20), patience, agents);
            assertThat(run.abandonRate())
                    .as("abandon rate, A=%s n=%s", load, agents)
                    .isCloseTo(expected.probabilityOfAbandon(), within(0.1 * expected.probabilityOfAbandon() + 0.002));
            assertThat(run.asa())
                    .as("ASA, A=%s n=%s", load, agents)
                    .isCloseTo(expected.asaSeconds(), within(0.08 * expected.asaSeconds() + 0.5));
            assertThat(run.probabilityOfWait())
                    .as("P(wait), A=%s n=%s", load, agents)
                    .isCloseTo(expected.probabilityOfWait(), within(0.03));
        }
    }

    @Test
    void withoutAbandonmentWaitsMatchErlangC() {
        double load = 8;
        int agents = 10;
        Run run = stationary(5, load, agents, Double.POSITIVE_INFINITY, 600_000);
        assertThat(run.abandoned()).isZero();
        double asa = ErlangC.averageSpeedOfAnswer(load, agents, AHT);
        assertThat(run.asa()).isCloseTo(asa, within(0.08 * asa));
        assertThat(run.probabilityOfWait()).isCloseTo(ErlangC.probabilityOfWait(load, agents), within(0.02));
    }

    @Test
    void moreAgentsNeverMeanLongerWaitsOrMoreAbandons() {
        for (long seed = 1; seed <= 3; seed++) {
            Run previous = null;
            for (int agents = 9; agents <= 14; agents++) {
                Run run = stationary(seed, 10, agents, 300, 100_000);
                if (previous != null) {
                    assertThat(run.asa()).isLessThan(previous.asa());
                    assertThat(run.abandonRate()).isLessThan(previous.abandonRate());
                }
                previous = run;
            }
        }
    }

    @Test
    void agentsJoiningLaterServeTheQueueFromTheirStart() {
        ServiceQueue queue = new ServiceQueue(0, 60);
        queue.setAgents(1, 0);
        assertThat(queue.offer(0, Long.MAX_VALUE, 1_000)).isZero();
        assertThat(queue.offer(10, Long.MAX_VALUE, 1_000)).isEqualTo(1_000);
        queue.setAgents(2, 500);
        assertThat(queue.offer(20, Long.MAX_VALUE, 1_000)).isEqualTo(500);
        assertThat(queue.agents()).isEqualTo(2);
    }

    @Test
    void leavingAgentsAreTheFirstFreeAndCallersAbandonWhenTheWaitExceedsTheirPatience() {
        ServiceQueue queue = new ServiceQueue(0, 60);
        queue.setAgents(3, 0);
        queue.offer(0, 0, 5_000);
        queue.offer(0, 0, 9_000);
        queue.setAgents(1, 100); // the idle agent leaves, then the one free at 5 000
        assertThat(queue.agents()).isEqualTo(1);
        assertThat(queue.earliestFree()).isEqualTo(9_000);
        assertThat(queue.offer(1_000, 7_999, 100)).isEqualTo(-1);
        assertThat(queue.offer(1_000, 8_000, 100)).isEqualTo(9_000);
    }
}
