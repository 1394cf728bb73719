package com.steward.app.users;

import com.steward.app.security.SignInAttempts;
import org.springframework.stereotype.Component;

/** Clears an account's earlier failure count and lock on a successful sign-in (locks from before issue 17). */
@Component
class AccountLockout implements SignInAttempts {

    private final UserRepository users;

    AccountLockout(UserRepository users) {
        this.users = users;
    }

    @Override
    public void succeeded(String username) {
        users.recordSuccess(username);
    }
}
