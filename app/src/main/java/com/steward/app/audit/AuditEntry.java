package com.steward.app.audit;

import java.time.Instant;

/** One line of the audit log; {@code before} and {@code after} are JSON snapshots (null where absent). */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String entityType,
        String entityId,
        Long vendorId,
        String before,
        String after) {}
