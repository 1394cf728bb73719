package com.steward.app.keycustomers;

import com.steward.app.web.NotFoundException;

/** No such sample, call or key account; 404. */
public class SampleNotFoundException extends NotFoundException {

    private SampleNotFoundException(String message) {
        super(message);
    }

    public static SampleNotFoundException sample(long id) {
        return new SampleNotFoundException("No key-customer sample with id " + id);
    }

    public static SampleNotFoundException call(long id) {
        return new SampleNotFoundException("No key-customer call with id " + id);
    }

    public static SampleNotFoundException account(long id) {
        return new SampleNotFoundException("No key account with id " + id);
    }
}
