package com.steward.app.staffing;

import com.steward.app.web.InvalidRequestException;
import com.steward.core.staffing.QueueModel;
import com.steward.core.staffing.StaffingGoal;

/**
 * The goal of an interval plan.
 *
 * @param targetServiceLevel share answered within {@code targetSeconds}, in (0, 1); or null with an ASA goal
 * @param targetAsaSeconds average speed of answer goal in seconds, &gt; 0; or null with a service-level goal
 * @param targetSeconds service-level threshold in seconds, ≥ 0 (default 20)
 * @param patienceSeconds mean patience for Erlang A; null for Erlang C
 * @param maxOccupancy occupancy cap in (0, 1] (default 1)
 * @param shrinkage share of paid time off the phones, [0, 1) (default 0)
 */
public record PlanQuery(
        Double targetServiceLevel,
        Double targetAsaSeconds,
        Double targetSeconds,
        Double patienceSeconds,
        Double maxOccupancy,
        Double shrinkage) {

    /** The usual 80/20 goal, Erlang C, shrinkage 30 %. */
    public static PlanQuery defaults() {
        return new PlanQuery(0.8, null, 20.0, null, 1.0, 0.3);
    }

    /** Checks every field; throws {@link InvalidRequestException} naming the first bad one. */
    public void validate() {
        QueueQuery probe = new QueueQuery(
                1.0,
                null,
                1.0,
                targetSeconds,
                null,
                targetServiceLevel,
                targetAsaSeconds,
                maxOccupancy,
                shrinkage,
                patienceSeconds);
        try {
            probe.validate(false);
        } catch (InvalidRequestException e) {
            if (e.field().equals("agents")) {
                throw new InvalidRequestException(
                        "targetServiceLevel", "give exactly one of targetServiceLevel or targetAsaSeconds");
            }
            throw e;
        }
    }

    QueueModel model() {
        return patienceSeconds == null ? QueueModel.erlangC() : QueueModel.erlangA(patienceSeconds);
    }

    StaffingGoal goal() {
        StaffingGoal goal = targetServiceLevel != null
                ? StaffingGoal.serviceLevel(targetServiceLevel)
                : StaffingGoal.averageSpeedOfAnswer(targetAsaSeconds);
        return goal.withMaxOccupancy(maxOccupancy == null ? 1 : maxOccupancy);
    }

    double targetSecondsOrDefault() {
        return targetSeconds == null ? QueueQuery.DEFAULT_TARGET_SECONDS : targetSeconds;
    }

    double shrinkageOrDefault() {
        return shrinkage == null ? 0 : shrinkage;
    }
}
