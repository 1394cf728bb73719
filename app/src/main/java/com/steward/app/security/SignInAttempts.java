package com.steward.app.security;

/**
 * The users feature's side of sign-in bookkeeping (failures are counted per account and address by
 * {@link SignInBackoff}; an account is no longer locked for everyone).
 */
public interface SignInAttempts {

    /** A successful sign-in clears the failure count. */
    void succeeded(String username);
}
