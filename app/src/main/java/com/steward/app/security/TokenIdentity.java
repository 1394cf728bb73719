package com.steward.app.security;

/** Who a valid API token acts as: its owner with the role capped by {@link #scope()}, and the token's id. */
public record TokenIdentity(StewardUser actingAs, TokenScope scope, long tokenId) {}
