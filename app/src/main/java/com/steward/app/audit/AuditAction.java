package com.steward.app.audit;

/** What happened to a business record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
