package com.steward.app.users;

import com.steward.app.security.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user account as shown to administrators (never carries the password hash). */
public record UserAccount(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        @Nullable Long vendorId,
        boolean active,
        boolean serviceAccount,
        @Nullable Instant lockedUntil,
        Instant createdAt) {}
