package com.steward.app.vendors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a vendor along the lifecycle (prospect → shortlisted → contracted → exited), with a reason. */
public record ChangeVendorStatusCommand(
        @NotNull VendorStatus status, @Size(max = 1000) String reason) {}
