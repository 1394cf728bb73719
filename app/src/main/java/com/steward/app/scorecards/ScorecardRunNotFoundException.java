package com.steward.app.scorecards;

import com.steward.app.web.NotFoundException;

/** No run (or verification) with this id visible to the caller; 404. */
public class ScorecardRunNotFoundException extends NotFoundException {

    private ScorecardRunNotFoundException(String message) {
        super(message);
    }

    public static ScorecardRunNotFoundException forId(long id) {
        return new ScorecardRunNotFoundException("No scorecard run with id " + id);
    }

    public static ScorecardRunNotFoundException verification(long id) {
        return new ScorecardRunNotFoundException("No verification with id " + id);
    }

    public static ScorecardRunNotFoundException batch(String id) {
        return new ScorecardRunNotFoundException("No scorecard batch " + id);
    }
}
