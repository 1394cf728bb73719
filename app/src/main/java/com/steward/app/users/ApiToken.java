package com.steward.app.users;

import com.steward.app.security.TokenScope;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as listed to administrators: never its secret, only the first characters that identify it. */
public record ApiToken(
        long id,
        String owner,
        boolean serviceAccount,
        String name,
        String prefix,
        TokenScope scope,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    /** ACTIVE, EXPIRED or REVOKED at {@code now}. */
    public String status(Instant now) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        return expiresAt.isAfter(now) ? "ACTIVE" : "EXPIRED";
    }
}
