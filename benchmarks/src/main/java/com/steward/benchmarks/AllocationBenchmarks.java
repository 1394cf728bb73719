package com.steward.benchmarks;

import com.steward.core.allocation.AllocationPlan;
import com.steward.core.allocation.AllocationRequest;
import com.steward.core.allocation.Allocations;
import com.steward.core.allocation.ForecastInterval;
import com.steward.core.allocation.Handler;
import com.steward.core.allocation.Segment;
import com.steward.core.allocation.Split;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Performance target of issue 19: allocation with required agents for 100 queues × 672 quarter hours × 5
 * handlers ≤ 100 ms. Each queue is split in-house 40 % and four vendors 15 % each; one vendor works at its own
 * AHT and, in the {@code oneVendorErlangA} case, one is staffed with Erlang A (patience 120 s). Forecasts are whole contacts, as forecasts are published.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class AllocationBenchmarks {

    private static final int QUEUES = 100;
    private static final int INTERVALS = 672;

    /** {@code erlangC}: every handler on Erlang C; {@code oneVendorErlangA}: corvid on Erlang A (patience 120 s). */
    @Param({"erlangC", "oneVendorErlangA"})
    public String models;

    private AllocationRequest request;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(19);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        List<Handler> handlers = List.of(
                Handler.erlangC("inhouse", 0.8, 20, 0.32),
                Handler.erlangC("acme", 0.8, 20, 0.30),
                Handler.erlangC("bravo", 0.8, 20, 0.30).withAht(360),
                models.equals("erlangC")
                        ? Handler.erlangC("corvid", 0.8, 20, 0.35)
                        : Handler.erlangC("corvid", 0.8, 20, 0.35).withPatience(120),
                Handler.erlangC("delta", 0.9, 30, 0.30));
        List<Split> splits = new ArrayList<>();
        List<ForecastInterval> forecast = new ArrayList<>();
        for (int q = 0; q < QUEUES; q++) {
            Segment segment = new Segment("queue" + q, "R" + (q % 10));
            splits.add(new Split.Shares(
                    segment,
                    List.of(
                            new Split.Share("inhouse", 0.40),
                            new Split.Share("acme", 0.15),
                            new Split.Share("bravo", 0.15),
                            new Split.Share("corvid", 0.15),
                            new Split.Share("delta", 0.15))));
            double scale = 5 + random.nextDouble() * 400; // peak contacts per quarter hour
            double aht = 150 + random.nextDouble() * 450;
            for (int i = 0; i < INTERVALS; i++) {
                double dayShape = Math.max(0.02, Math.sin(Math.PI * (i % 96) / 96.0));
                double contacts = Math.round(scale * dayShape * (0.9 + 0.2 * random.nextDouble()));
                forecast.add(new ForecastInterval(segment, monday.atStartOfDay().plusMinutes(15L * i), contacts, aht));
            }
        }
        request = new AllocationRequest(monday, monday.plusDays(6), Duration.ofMinutes(15), handlers, splits, forecast);
    }

    /** 100 queues × 672 quarter hours × 5 handlers: 336,000 handler loads with required agents; target ≤ 100 ms. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public AllocationPlan allocateWeekOf100QueuesAcross5Handlers() {
        return Allocations.allocate(request);
    }
}
