package com.steward.app.renewal;

import com.steward.app.web.NotFoundException;

/** No remediation plan, milestone, comparison or decision with this id is visible to the caller; 404. */
public class RemediationNotFoundException extends NotFoundException {

    private RemediationNotFoundException(String message) {
        super(message);
    }

    static RemediationNotFoundException plan(long id) {
        return new RemediationNotFoundException("No remediation plan with id " + id);
    }

    static RemediationNotFoundException milestone(long id) {
        return new RemediationNotFoundException("No remediation milestone with id " + id);
    }

    static RemediationNotFoundException comparison(long id) {
        return new RemediationNotFoundException("No option comparison with id " + id);
    }

    static RemediationNotFoundException decision(long id) {
        return new RemediationNotFoundException("No renewal decision with id " + id);
    }

    static RemediationNotFoundException vendor(long id) {
        return new RemediationNotFoundException("No vendor with id " + id);
    }
}
