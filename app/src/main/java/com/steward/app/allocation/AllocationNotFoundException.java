package com.steward.app.allocation;

import com.steward.app.web.NotFoundException;

/** No allocation plan with this id is visible to the caller (absent, or not one its vendor takes part in); 404. */
public class AllocationNotFoundException extends NotFoundException {

    private AllocationNotFoundException(String message) {
        super(message);
    }

    public static AllocationNotFoundException forPlan(long id) {
        return new AllocationNotFoundException("No allocation plan with id " + id);
    }
}
