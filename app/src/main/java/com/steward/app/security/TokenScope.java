package com.steward.app.security;

import java.util.Locale;
import java.util.Set;

/**
 * What an API token may do, as a cap on its owner's {@link Role}: a token acts with the lower of its owner's role and
 * its scope's cap, so it never exceeds its owner, and a {@link Role#VENDOR} owner's token stays a VENDOR token (its
 * vendor's data only). READ and IMPORT also refuse changing requests outside what they name.
 */
public enum TokenScope {
    /** Reads what a {@link Role#VIEWER} may read; no changes. */
    READ(Role.VIEWER),
    /** Reads and imports data, as an {@link Role#ANALYST}: uploads to {@code /api/v1/imports} and drop-folder runs. */
    IMPORT(Role.ANALYST),
    /** Everything its owner may do. */
    WRITE(Role.ADMIN);

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Role cap;

    TokenScope(Role cap) {
        this.cap = cap;
    }

    /** The role a token of this scope acts with when its owner has {@code owner}. */
    public Role actingRole(Role owner) {
        if (owner == Role.VENDOR) {
            return Role.VENDOR;
        }
        return rank(owner) <= rank(cap) ? owner : cap;
    }

    /** Whether this scope lets a request with {@code method} reach {@code path} (the path within the application). */
    public boolean permits(String method, String path) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return switch (this) {
            case READ -> false;
            case IMPORT ->
                ("POST".equalsIgnoreCase(method) && path.equals("/api/v1/imports"))
                        || ("POST".equalsIgnoreCase(method) && path.matches("/api/v1/drop-folders/\\d+/run"));
            case WRITE -> true;
        };
    }

    /** Parses {@code read}, {@code import} or {@code write} (any case). */
    public static TokenScope parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown scope '" + text + "': expected read, import or write", e);
        }
    }

    private static int rank(Role role) {
        return switch (role) {
            case ADMIN -> 4;
            case MANAGER -> 3;
            case ANALYST -> 2;
            case VIEWER, VENDOR -> 1;
        };
    }
}
