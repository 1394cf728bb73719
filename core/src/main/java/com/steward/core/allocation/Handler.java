package com.steward.core.allocation;

import com.steward.core.staffing.Fte;
import com.steward.core.staffing.QueueModel;
import com.steward.core.staffing.StaffingGoal;
import java.util.OptionalDouble;

/**
 * Who takes contacts (the in-house team or a vendor) and the terms its requirement is computed with.
 *
 * @param code {@code inhouse} or a vendor code, as in the interaction lake's {@code handled_by}
 * @param ahtSeconds the handler's own AHT in seconds; empty = the forecast's AHT
 * @param patienceSeconds mean caller patience in seconds: present → Erlang A, empty → Erlang C
 * @param goal service level or ASA target with occupancy cap
 * @param targetAnswerSeconds service-level threshold T ("answered within T seconds"), ≥ 0
 * @param shrinkage share of paid time not available for contacts, [0, 1)
 */
public record Handler(
        String code,
        OptionalDouble ahtSeconds,
        OptionalDouble patienceSeconds,
        StaffingGoal goal,
        double targetAnswerSeconds,
        double shrinkage) {

    /** The code the in-house team carries in the lake. */
    public static final String IN_HOUSE = "inhouse";

    public Handler {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("handler code must not be blank");
        }
        if (ahtSeconds == null || patienceSeconds == null || goal == null) {
            throw new IllegalArgumentException("ahtSeconds, patienceSeconds and goal of " + code + " must not be null");
        }
        positiveIfPresent(code, "ahtSeconds", ahtSeconds);
        positiveIfPresent(code, "patienceSeconds", patienceSeconds);
        if (!(targetAnswerSeconds >= 0) || Double.isInfinite(targetAnswerSeconds)) {
            throw new IllegalArgumentException(
                    "targetAnswerSeconds of " + code + " must be >= 0, was " + targetAnswerSeconds);
        }
        Fte.fromAgents(0, shrinkage); // validates shrinkage with its own message
    }

    /** A handler on the forecast's AHT, Erlang C, with a service-level goal of {@code sl} in {@code t} seconds. */
    public static Handler erlangC(String code, double sl, double t, double shrinkage) {
        return new Handler(
                code, OptionalDouble.empty(), OptionalDouble.empty(), StaffingGoal.serviceLevel(sl), t, shrinkage);
    }

    /** The same handler with its own AHT. */
    public Handler withAht(double seconds) {
        return new Handler(code, OptionalDouble.of(seconds), patienceSeconds, goal, targetAnswerSeconds, shrinkage);
    }

    /** The same handler with a mean caller patience (Erlang A). */
    public Handler withPatience(double seconds) {
        return new Handler(code, ahtSeconds, OptionalDouble.of(seconds), goal, targetAnswerSeconds, shrinkage);
    }

    /** Whether this is the in-house team rather than a vendor. */
    public boolean inHouse() {
        return IN_HOUSE.equals(code);
    }

    /** Erlang A when a patience is given, Erlang C otherwise. */
    public QueueModel model() {
        return patienceSeconds.isPresent() ? QueueModel.erlangA(patienceSeconds.getAsDouble()) : QueueModel.erlangC();
    }

    /** The AHT this handler works at for a segment forecast at {@code forecastAht}. */
    public double ahtFor(double forecastAht) {
        return ahtSeconds.orElse(forecastAht);
    }

    private static void positiveIfPresent(String code, String field, OptionalDouble value) {
        if (value.isPresent() && (!(value.getAsDouble() > 0) || Double.isInfinite(value.getAsDouble()))) {
            throw new IllegalArgumentException(field + " of " + code + " must be > 0, was " + value.getAsDouble());
        }
    }
}
