package com.steward.app.security;

/** Where per-account sign-in failures are counted and accounts locked (implemented by the users feature). */
public interface SignInAttempts {

    /** A wrong password for {@code username}: count it, and lock the account at the limit until {@code lockUntil}. */
    void failed(String username, int maxFailures, java.time.Instant lockUntil);

    /** A successful sign-in clears the failure count. */
    void succeeded(String username);
}
