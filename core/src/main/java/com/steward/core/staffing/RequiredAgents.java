package com.steward.core.staffing;

/**
 * Smallest number of agents that meets a {@link StaffingGoal}.
 *
 * <p>Erlang C: the search starts at ⌊A⌋ + 1 (the first stable staffing) and steps up one agent at a
 * time, advancing the Erlang B recursion by one step per agent instead of recomputing it, so a
 * search costs O(A + steps). Erlang A: a galloping then binary search over n from the Erlang C answer, which
 * relies on the metrics being monotone in n (service level rising, ASA and occupancy falling), a property checked
 * by the tests.
 */
public final class RequiredAgents {

    /** Guards against a goal that cannot be met (it always can for valid goals; this is a backstop). */
    private static final int MAX_AGENTS = 10_000_000;

    private RequiredAgents() {}

    /** Required agents for {@code goal} under {@code model}. Zero offered contacts need zero agents. */
    public static StaffingRequirement find(QueueModel model, StaffingInput input, StaffingGoal goal) {
        if (model == null || input == null || goal == null) {
            throw new IllegalArgumentException("model, input and goal must not be null");
        }
        if (input.offeredLoad() == 0) {
            return new StaffingRequirement(0, model.metrics(input, 0));
        }
        return switch (model) {
            case QueueModel.WithoutAbandonment c -> erlangC(input, goal);
            case QueueModel.WithAbandonment a -> bySearch(model, input, goal);
        };
    }

    /** Erlang C agents for a service level {@code target} within the input's threshold, with an occupancy cap. */
    public static StaffingRequirement forServiceLevel(StaffingInput input, double target, double maxOccupancy) {
        return find(
                QueueModel.erlangC(), input, StaffingGoal.serviceLevel(target).withMaxOccupancy(maxOccupancy));
    }

    /** Erlang C agents for an average speed of answer of at most {@code asaSeconds}, with an occupancy cap. */
    public static StaffingRequirement forAverageSpeedOfAnswer(
            StaffingInput input, double asaSeconds, double maxOccupancy) {
        return find(
                QueueModel.erlangC(),
                input,
                StaffingGoal.averageSpeedOfAnswer(asaSeconds).withMaxOccupancy(maxOccupancy));
    }

    private static StaffingRequirement erlangC(StaffingInput input, StaffingGoal goal) {
        double a = input.offeredLoad();
        if (a >= MAX_AGENTS) {
            throw new IllegalArgumentException("offered load " + a + " is beyond " + MAX_AGENTS + " agents");
        }
        int n = (int) Math.floor(a) + 1;
        if (goal.maxOccupancy() < 1) {
            n = Math.max(n, (int) Math.ceil(a / goal.maxOccupancy() - 1e-12));
        }
        double invLoad = 1 / a;
        double inverse = 1 / ErlangB.blocking(a, n); // 1/B(n, A), advanced one agent at a time
        double t = input.targetAnswerSeconds();
        double aht = input.ahtSeconds();
        boolean serviceLevel = goal.kind() == StaffingGoal.Kind.SERVICE_LEVEL;
        while (true) {
            // C = n·B/(n − A(1 − B)) = n / (n·(1/B) − A·(1/B) + A)... written without B:
            double c = Math.min(1, n / (n * inverse - a * inverse + a));
            boolean met = serviceLevel
                    ? 1 - c * Math.exp(-(n - a) * t / aht) >= goal.target()
                    : c * aht / (n - a) <= goal.target();
            if (met && a / n <= goal.maxOccupancy()) {
                QueueMetrics m = ErlangC.fromBlocking(input, n, 1 / inverse);
                if (goal.isMetBy(m)) {
                    return new StaffingRequirement(n, m);
                }
            }
            if (n >= MAX_AGENTS) {
                throw new IllegalStateException("goal not met with " + MAX_AGENTS + " agents");
            }
            n++;
            inverse = 1 + n * invLoad * inverse;
        }
    }

    /**
     * Erlang A: the Erlang C answer for the same goal is the first guess (patience shortens the waits of those
     * who stay, so Erlang A needs the same or a few agents fewer, rarely more); from there a galloping search
     * down (or up) brackets the smallest n that meets the goal, and a binary search closes the bracket. Usually
     * two or three evaluations of the metrics.
     */
    private static StaffingRequirement bySearch(QueueModel model, StaffingInput input, StaffingGoal goal) {
        int guess = erlangC(input, goal).agents();
        QueueMetrics atGuess = model.metrics(input, guess);
        int low; // goal not met with low agents (0 agents answer nothing, so never meet a goal)
        int high; // goal met with high agents
        QueueMetrics atHigh;
        if (goal.isMetBy(atGuess)) {
            high = guess;
            atHigh = atGuess;
            low = 0;
            for (int step = 1; high - step > 0; step *= 2) {
                QueueMetrics m = model.metrics(input, high - step);
                if (!goal.isMetBy(m)) {
                    low = high - step;
                    break;
                }
                high -= step;
                atHigh = m;
            }
        } else {
            low = guess;
            high = guess;
            atHigh = atGuess;
            for (int step = 1; !goal.isMetBy(atHigh); step *= 2) {
                if (high >= MAX_AGENTS) {
                    throw new IllegalStateException("goal not met with " + MAX_AGENTS + " agents");
                }
                low = high;
                high = (int) Math.min(MAX_AGENTS, (long) high + step);
                atHigh = model.metrics(input, high);
            }
        }
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            QueueMetrics m = model.metrics(input, mid);
            if (goal.isMetBy(m)) {
                high = mid;
                atHigh = m;
            } else {
                low = mid;
            }
        }
        return new StaffingRequirement(high, atHigh);
    }
}
