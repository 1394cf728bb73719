package com.steward.app.vendors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adds a contact person to a vendor. */
public record AddVendorContactCommand(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        @Email @Size(max = 254) String email,
        @Size(max = 60) String phone) {}
