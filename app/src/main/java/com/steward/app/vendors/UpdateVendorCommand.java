package com.steward.app.vendors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes a vendor's name or status. */
public record UpdateVendorCommand(
        @NotBlank @Size(max = 200) String name, @NotNull VendorStatus status) {}
