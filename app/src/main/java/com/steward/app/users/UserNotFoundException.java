package com.steward.app.users;

import com.steward.app.web.NotFoundException;

/** No user with this id. */
public class UserNotFoundException extends NotFoundException {
    private UserNotFoundException(String message) {
        super(message);
    }

    public static UserNotFoundException forId(long id) {
        return new UserNotFoundException("No user with id " + id);
    }

    public static UserNotFoundException forUsername(String username) {
        return new UserNotFoundException("No user '" + username + "'");
    }
}
