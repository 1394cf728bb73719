package com.steward.app.rollout;

import com.steward.app.web.NotFoundException;

/** No plan or phase with this id is visible to the caller (absent, or another vendor's: same answer); 404. */
public class PlanNotFoundException extends NotFoundException {

    private PlanNotFoundException(String message) {
        super(message);
    }

    public static PlanNotFoundException forPlan(long id) {
        return new PlanNotFoundException("No transition plan with id " + id);
    }

    public static PlanNotFoundException forPhase(long id) {
        return new PlanNotFoundException("No transition phase with id " + id);
    }
}
