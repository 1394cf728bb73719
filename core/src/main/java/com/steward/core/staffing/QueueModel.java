package com.steward.core.staffing;

/** The queueing model used to turn a workload and a number of agents into {@link QueueMetrics}. */
public sealed interface QueueModel {

    /** Metrics of {@code input} staffed with {@code agents}. */
    QueueMetrics metrics(StaffingInput input, int agents);

    /** Erlang C: callers never abandon. */
    static QueueModel erlangC() {
        return WithoutAbandonment.INSTANCE;
    }

    /** Erlang A: callers abandon after an exponential patience with the given mean, in seconds. */
    static QueueModel erlangA(double meanPatienceSeconds) {
        return new WithAbandonment(meanPatienceSeconds);
    }

    /** Erlang C (M/M/n). */
    record WithoutAbandonment() implements QueueModel {
        static final WithoutAbandonment INSTANCE = new WithoutAbandonment();

        @Override
        public QueueMetrics metrics(StaffingInput input, int agents) {
            return ErlangC.metrics(input, agents);
        }
    }

    /**
     * Erlang A (M/M/n+M).
     *
     * @param meanPatienceSeconds mean patience θ in seconds, finite and &gt; 0
     */
    record WithAbandonment(double meanPatienceSeconds) implements QueueModel {
        public WithAbandonment {
            Checks.positive("meanPatienceSeconds", meanPatienceSeconds);
        }

        @Override
        public QueueMetrics metrics(StaffingInput input, int agents) {
            return ErlangA.metrics(input, meanPatienceSeconds, agents);
        }
    }
}
