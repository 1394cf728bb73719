package com.steward.app.duediligence;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Sets our industry and scale, against which vendors' clients are matched. */
public record UpdateOurProfileCommand(
        @NotBlank @Size(max = 200) String industry,
        @NotNull @Min(0) @Max(100_000_000) Integer contactsPerMonth,
        @NotNull @Min(0) @Max(1_000_000) Integer seats,
        @NotNull @DecimalMin("0.0") @DecimalMax("10.0") Double scaleTolerance) {}
