package com.steward.app.users;

import com.steward.app.security.SignInAttempts;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Counts wrong passwords per account in the database, so a lock survives restarts and spans app instances. */
@Component
class AccountLockout implements SignInAttempts {

    private final UserRepository users;

    AccountLockout(UserRepository users) {
        this.users = users;
    }

    @Override
    public void failed(String username, int maxFailures, Instant lockUntil) {
        users.recordFailure(username, maxFailures, lockUntil);
    }

    @Override
    public void succeeded(String username) {
        users.recordSuccess(username);
    }
}
