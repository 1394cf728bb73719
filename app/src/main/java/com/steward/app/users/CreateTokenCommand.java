package com.steward.app.users;

import com.steward.app.security.TokenScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Issues an API token for {@code username} (a person or a service account), valid {@code expiresInDays} days. */
public record CreateTokenCommand(
        @NotBlank @Size(max = 80) String username,
        @NotBlank @Size(max = 100) String name,
        @NotNull TokenScope scope,

        @Min(value = 1, message = "at least 1 day") @Max(value = MAX_DAYS, message = "at most " + MAX_DAYS + " days")
        int expiresInDays) {

    /** The longest a token may live: two years. */
    public static final int MAX_DAYS = 730;

    /** A token for {@code username} named {@code name}, with the default life of 90 days. */
    public static CreateTokenCommand forUser(String username, String name, TokenScope scope) {
        return new CreateTokenCommand(username, name, scope, 90);
    }
}
