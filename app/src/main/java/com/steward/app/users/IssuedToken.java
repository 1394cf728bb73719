package com.steward.app.users;

/** A token just created and its secret, shown this once; only the secret's SHA-256 is stored. */
public record IssuedToken(ApiToken token, String secret) {}
