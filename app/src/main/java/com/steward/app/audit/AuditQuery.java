package com.steward.app.audit;

import java.time.LocalDate;

/**
 * A page of the audit log: filters (blank = any), the order and the page. Dates are inclusive UTC days.
 *
 * @param page 0-based
 */
public record AuditQuery(
        String actor,
        String entityType,
        AuditAction action,
        LocalDate from,
        LocalDate to,
        boolean oldestFirst,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 50;

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        entityType = entityType == null || entityType.isBlank() ? null : entityType.strip();
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 500);
    }

    /** Every entry, newest first, first page. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, false, 0, DEFAULT_SIZE);
    }
}
