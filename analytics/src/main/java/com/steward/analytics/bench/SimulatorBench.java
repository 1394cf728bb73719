package com.steward.analytics.bench;

import com.steward.analytics.simulator.ContactCenterSimulation;
import com.steward.analytics.simulator.DemoCompany;
import com.steward.analytics.simulator.MonthBatch;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The simulator benchmark: (1) the discrete-event simulation alone, on one thread, in simulated contacts per
 * second of that thread's CPU time (month batches are produced and summarised, nothing is written); (2) the whole
 * {@link DemoCompany#generate} into a fresh lake, in contacts per second of wall time. Prints the load average and
 * CPU times next to the wall times, since the machine may be shared.
 *
 * <p>Usage: {@code SimulatorBench [simContacts] [runs] [generateContacts] [workDir]} (defaults 10,000,000, 3,
 * 2,000,000, a temporary folder; {@code generateContacts} 0 skips part 2). Also prints, per handler, the queue
 * outcomes of the first run (answered, abandon rate, mean wait of answered) as a sanity check.
 */
public final class SimulatorBench {
    private SimulatorBench() {}

    public static void main(String[] args) throws Exception {
        long simContacts = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long generateContacts = args.length > 2 ? Long.parseLong(args[2]) : 2_000_000;
        @Nullable Path work = args.length > 3 ? Path.of(args[3]) : null;
        run(simContacts, runs, generateContacts, work, System.out);
    }

    /**
     * Runs both parts and prints to {@code out}; returns the best simulation rate (contacts per second of thread
     * CPU time). {@code work} holds the generated lake (a temporary folder when null).
     */
    public static double run(long simContacts, int runs, long generateContacts, @Nullable Path work, PrintStream out)
            throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.printf(
                "simulation: %,d contacts (first contacts %,d x repeats), 12 months, one thread; load %.2f%n",
                simContacts, Math.round(simContacts / 1.2), load());
        double best = 0;
        for (int run = 1; run <= runs; run++) {
            long[][] perHandler = new long[4][3];
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            ContactCenterSimulation simulation = new ContactCenterSimulation(
                    42 + run, Math.round(simContacts / 1.2), DemoCompany.DEFAULT_FIRST_MONTH, 12);
            ContactCenterSimulation.Totals totals = simulation.run(batch -> summarise(batch, perHandler));
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - t0) / 1e9;
            double rate = totals.contacts() / cpu;
            best = Math.max(best, rate);
            out.printf(
                    "run %d: %,d contacts (%,d repeats, %,d retries, %,d abandoned) in %.2f s thread CPU, %.2f s"
                            + " wall: %,.0f contacts/s per core; load %.2f%n",
                    run,
                    totals.contacts(),
                    totals.repeats(),
                    totals.retries(),
                    totals.abandoned(),
                    cpu,
                    wall,
                    rate,
                    load());
            if (run == 1) {
                for (int h = 0; h < 4; h++) {
                    long[] s = perHandler[h];
                    out.printf(
                            "  %-8s answered %,d, abandoned %.1f%%, ASA %.1f s%n",
                            ContactCenterSimulation.HANDLERS.get(h),
                            s[0],
                            100.0 * s[1] / (s[0] + s[1]),
                            s[2] / 1e6 / Math.max(1, s[0]));
                }
            }
        }
        out.printf("simulation best: %,.0f simulated contacts/s per core%n", best);
        if (generateContacts > 0) {
            Path folder = work != null ? work : Files.createTempDirectory("steward-simbench");
            Path lake = folder.resolve("sim-lake-" + System.nanoTime());
            long t0 = System.nanoTime();
            double cpu0 = ImportBench.cpuSeconds();
            DemoCompany.Result result = DemoCompany.generate(lake, 42, generateContacts, (phase, done, total) -> {});
            double wall = (System.nanoTime() - t0) / 1e9;
            out.printf(
                    "generate into lake: %,d contacts, %,d events in %.2f s wall (%,.0f contacts/s), %.2f s process"
                            + " CPU; load %.2f%n",
                    result.interactions(),
                    result.customerEvents(),
                    wall,
                    result.interactions() / wall,
                    ImportBench.cpuSeconds() - cpu0,
                    load());
        }
        out.flush();
        return best;
    }

    private static void summarise(MonthBatch batch, long[][] perHandler) {
        for (int i = 0; i < batch.size(); i++) {
            long[] s = perHandler[batch.handler(i)];
            if (batch.answeredMicros(i) == MonthBatch.NONE) {
                s[1]++;
            } else {
                s[0]++;
                s[2] += batch.answeredMicros(i) - batch.arrivedMicros(i);
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
