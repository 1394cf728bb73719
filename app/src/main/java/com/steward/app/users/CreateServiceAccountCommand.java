package com.steward.app.users;

import com.steward.app.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Creates a service account: a machine identity with a role (and, for VENDOR, a vendor) that signs in only with API
 * tokens, never with a password.
 */
public record CreateServiceAccountCommand(
        @NotBlank
        @Size(min = 3, max = 80)
        @Pattern(regexp = "[a-zA-Z0-9._@-]+", message = "letters, digits, '.', '_', '@' or '-'")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,
        @Nullable Long vendorId) {

    CreateUserCommand asUser() {
        return new CreateUserCommand(username, displayName, null, role, vendorId);
    }
}
