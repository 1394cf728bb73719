package com.steward.app.monitoring;

import com.steward.app.web.NotFoundException;

/** No alert (or vendor series) visible to the caller; 404. */
public class AlertNotFoundException extends NotFoundException {

    private AlertNotFoundException(String message) {
        super(message);
    }

    public static AlertNotFoundException forId(long id) {
        return new AlertNotFoundException("No alert with id " + id);
    }

    public static AlertNotFoundException vendor(String code) {
        return new AlertNotFoundException("No vendor '" + code + "'");
    }
}
