package com.steward.app.users;

import com.steward.app.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Changes a user's role, vendor binding, name or active flag. */
public record UpdateUserCommand(
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,
        @Nullable Long vendorId,
        boolean active) {}
