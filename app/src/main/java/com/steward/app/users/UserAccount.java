package com.steward.app.users;

import com.steward.app.security.Role;
import java.time.Instant;

/** A user account as shown to administrators (never carries the password hash). */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        Long vendorId,
        boolean active,
        Instant lockedUntil,
        Instant createdAt) {}
