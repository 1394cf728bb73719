package com.steward.app.costing;

import com.steward.app.web.NotFoundException;

/** No business-case scenario with this id; answered with 404. */
public class BusinessCaseNotFoundException extends NotFoundException {

    private BusinessCaseNotFoundException(String message) {
        super(message);
    }

    public static BusinessCaseNotFoundException forId(long id) {
        return new BusinessCaseNotFoundException("No business case with id " + id);
    }
}
