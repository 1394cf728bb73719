package com.steward.benchmarks;

import com.steward.core.costing.BusinessCaseInputs;
import com.steward.core.costing.Distribution;
import com.steward.core.costing.HiddenCosts;
import com.steward.core.costing.InHouseCostModel;
import com.steward.core.costing.PricingModel;
import com.steward.core.costing.SavingsRisk;
import com.steward.core.costing.SavingsRiskResult;
import com.steward.core.costing.UncertainInputs;
import com.steward.core.costing.VendorOffer;
import com.steward.core.costing.Workload;
import com.steward.core.staffing.ErlangA;
import com.steward.core.staffing.ErlangC;
import com.steward.core.staffing.QueueMetrics;
import com.steward.core.staffing.QueueModel;
import com.steward.core.staffing.RequiredAgents;
import com.steward.core.staffing.StaffingGoal;
import com.steward.core.staffing.StaffingInput;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Performance targets of issue 3 "Decide": (a) required agents for a week of 15-minute intervals
 * × 100 queues ≤ 50 ms; (b) Erlang C for 20,000 agents ≤ 1 ms; (c) a 100,000-trial Monte Carlo of a
 * three-year business case on 2 threads ≤ 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class DecideBenchmarks {

    private static final int QUEUES = 100;
    private static final int INTERVALS = 672;

    private StaffingInput[] week;
    private final StaffingGoal goal = StaffingGoal.serviceLevel(0.8).withMaxOccupancy(0.85);
    private final StaffingInput twentyThousand = StaffingInput.ofOfferedLoad(19_900, 180, 20);
    private BusinessCaseInputs businessCase;
    private UncertainInputs uncertain;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        week = new StaffingInput[QUEUES * INTERVALS];
        for (int q = 0; q < QUEUES; q++) {
            double scale = 5 + random.nextDouble() * 400; // peak contacts per quarter hour
            double aht = 150 + random.nextDouble() * 450;
            for (int i = 0; i < INTERVALS; i++) {
                double dayShape = Math.max(0.02, Math.sin(Math.PI * (i % 96) / 96.0));
                double contacts = scale * dayShape * (0.9 + 0.2 * random.nextDouble());
                week[q * INTERVALS + i] = new StaffingInput(contacts, 900, aht, 20);
            }
        }
        businessCase = new BusinessCaseInputs(
                Workload.of(60_000, 330),
                InHouseCostModel.defaults(),
                List.of(VendorOffer.of("Nearshore", PricingModel.PER_PRODUCTIVE_HOUR, 24)
                        .withTransitionCost(80_000)),
                new HiddenCosts(1.5, 90_000, 2, 40_000, 60_000, 0.004, 20_000, 900),
                36,
                0.08);
        uncertain = UncertainInputs.fixedAt(businessCase)
                .withContactsPerMonth(Distribution.triangular(50_000, 60_000, 75_000))
                .withAhtSeconds(Distribution.normal(330, 20))
                .withAnnualAttritionRate(Distribution.uniform(0.25, 0.50))
                .withExtraAnnualChurnRate(Distribution.triangular(0, 0.004, 0.015))
                .withParallelRunMonths(Distribution.uniform(1, 5));
    }

    /** (a) Erlang C required agents for 100 queues × 672 quarter hours; target ≤ 50 ms. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long requiredAgentsWeekOf100Queues() {
        long total = 0;
        QueueModel model = QueueModel.erlangC();
        for (StaffingInput input : week) {
            total += RequiredAgents.find(model, input, goal).agents();
        }
        return total;
    }

    /** (b) Erlang C metrics with 20,000 agents; target ≤ 1 ms. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public QueueMetrics erlangC20000Agents() {
        return ErlangC.metrics(twentyThousand, 20_000);
    }

    /** Erlang A metrics with 20,000 agents (no target; for information). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public QueueMetrics erlangA20000Agents() {
        return ErlangA.metrics(twentyThousand, 120, 20_000);
    }

    /** (c) 100,000-trial Monte Carlo of a three-year business case on 2 threads; target ≤ 1 s. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SavingsRiskResult monteCarlo100kTrialsTwoThreads() {
        return SavingsRisk.simulate(businessCase, "Nearshore", uncertain, 0.10, 100_000, 42, 2);
    }
}
