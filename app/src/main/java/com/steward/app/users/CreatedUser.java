package com.steward.app.users;

/** A newly created user and its one-time password, to be shown once and never stored in clear. */
public record CreatedUser(UserAccount account, String oneTimePassword) {}
