package com.steward.app.users;

import com.steward.app.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Creates (invites) a user; a one-time password is generated and shown once to the administrator. */
public record CreateUserCommand(
        @NotBlank
        @Size(min = 3, max = 80)
        @Pattern(regexp = "[a-zA-Z0-9._@-]+", message = "letters, digits, '.', '_', '@' or '-'")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 254) @Nullable String email,
        @NotNull Role role,
        @Nullable Long vendorId) {}
