package com.steward.app.contracts;

/** Where a contract stands. */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    ENDED,
    TERMINATED
}
