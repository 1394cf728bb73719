package com.steward.app.calibration;

import com.steward.app.web.NotFoundException;

/** A session, item or dispute that does not exist or that the caller may not see (404 either way). */
public class CalibrationNotFoundException extends NotFoundException {

    private CalibrationNotFoundException(String message) {
        super(message);
    }

    public static CalibrationNotFoundException session(long id) {
        return new CalibrationNotFoundException("No calibration session with id " + id);
    }

    public static CalibrationNotFoundException item(long id) {
        return new CalibrationNotFoundException("No sampled interaction with id " + id + " in this session");
    }

    public static CalibrationNotFoundException dispute(long id) {
        return new CalibrationNotFoundException("No calibration dispute with id " + id);
    }
}
