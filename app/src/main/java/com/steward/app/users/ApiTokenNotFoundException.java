package com.steward.app.users;

import com.steward.app.web.NotFoundException;

/** No API token with this id. */
public class ApiTokenNotFoundException extends NotFoundException {
    private ApiTokenNotFoundException(String message) {
        super(message);
    }

    public static ApiTokenNotFoundException forId(long id) {
        return new ApiTokenNotFoundException("No API token with id " + id);
    }
}
