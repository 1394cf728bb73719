package com.steward.app.relationship;

import com.steward.app.web.NotFoundException;

/** No survey with this id is visible to the caller (absent, or another vendor's: same answer); 404. */
public class SurveyNotFoundException extends NotFoundException {

    private SurveyNotFoundException(String message) {
        super(message);
    }

    public static SurveyNotFoundException forId(long id) {
        return new SurveyNotFoundException("No pulse survey with id " + id);
    }
}
