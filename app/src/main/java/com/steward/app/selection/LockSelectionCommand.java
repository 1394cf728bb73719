package com.steward.app.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Decides the selection: the chosen vendor, the decision as communicated, and why. */
public record LockSelectionCommand(
        @NotNull Long chosenVendorId,
        @NotBlank @Size(max = 500) String decision,
        @NotBlank @Size(max = 8000) String rationale) {}
