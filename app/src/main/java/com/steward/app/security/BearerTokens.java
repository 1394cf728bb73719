package com.steward.app.security;

import java.util.Optional;

/** Resolves the secret of an {@code Authorization: Bearer} header to the identity it stands for. */
public interface BearerTokens {

    /**
     * The identity of a live token (known, not revoked, not expired, owner active), recording its use; empty
     * otherwise.
     */
    Optional<TokenIdentity> authenticate(String secret);
}
