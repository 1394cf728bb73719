package com.steward.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/**
 * {@link ErlangA} computes each state's chance of being answered within the threshold by a recurrence; this test
 * recomputes it the direct way, one regularised incomplete beta function per state (Commons Statistics), and the
 * required agents by a linear scan, and asks for the same numbers.
 */
class ErlangABetaReferenceTest {

    /** Service level, answered within t / offered, summed state by state with a Beta survival each. */
    static double serviceLevelByBeta(StaffingInput in, double patience, int n) {
        double a = in.offeredLoad();
        double lambda = in.arrivalRatePerSecond();
        double gamma = 1 / patience;
        double c = n / in.ahtSeconds();
        double t = in.targetAnswerSeconds();
        double below = 0;
        for (int k = 1; k <= n; k++) {
            below = (1 + below) * k / a;
        }
        double x = Math.exp(-gamma * t);
        double alpha = c / gamma + 1;
        double w = 1;
        double sumW = 0;
        double within = 0;
        for (int j = 0; j < 20_000 && (j < lambda / gamma + 10 || w > 1e-30); j++) {
            if (j > 0) {
                w *= lambda / (c + j * gamma);
            }
            sumW += w;
            if (c > 0 && t > 0) {
                within += w
                        * c
                        / (c + (j + 1) * gamma)
                        * BetaDistribution.of(alpha, j + 1).survivalProbability(x);
            }
        }
        return (below + within) / (below + sumW);
    }

    @Test
    void serviceLevelMatchesTheIncompleteBetaStateByState() {
        double[][] cases = { // contacts per 15 min, AHT s, threshold s, patience s
            {10, 180, 20, 120},
            {60, 300, 20, 120},
            {200, 240, 30, 60},
            {400, 600, 60, 300},
            {25, 150, 0.5, 30},
            {90, 420, 120, 600},
            {3, 900, 20, 20}
        };
        for (double[] k : cases) {
            StaffingInput in = new StaffingInput(k[0], 900, k[1], k[2]);
            int from = Math.max(1, (int) in.offeredLoad() - 5);
            for (int n = from; n <= in.offeredLoad() + 12; n++) {
                double expected = serviceLevelByBeta(in, k[3], n);
                assertThat(ErlangA.metrics(in, k[3], n).serviceLevel())
                        .as("SL of %s contacts, AHT %s, t %s, θ %s with %d agents", k[0], k[1], k[2], k[3], n)
                        .isCloseTo(expected, within(1e-10));
            }
        }
    }

    @Test
    void requiredAgentsAreTheFirstStaffingThatMeetsTheGoalFoundByALinearScan() {
        for (double contacts : new double[] {1, 7, 30, 120, 450}) {
            for (double patience : new double[] {15, 120, 900}) {
                for (StaffingGoal goal : new StaffingGoal[] {
                    StaffingGoal.serviceLevel(0.8),
                    StaffingGoal.serviceLevel(0.95).withMaxOccupancy(0.85),
                    StaffingGoal.averageSpeedOfAnswer(15)
                }) {
                    StaffingInput in = new StaffingInput(contacts, 900, 300, 20);
                    int scan = 1;
                    while (!goal.isMetBy(ErlangA.metrics(in, patience, scan))) {
                        scan++;
                    }
                    assertThat(RequiredAgents.find(QueueModel.erlangA(patience), in, goal)
                                    .agents())
                            .as("%s contacts, θ %s, %s", contacts, patience, goal)
                            .isEqualTo(scan);
                }
            }
        }
    }
}
