package com.steward.app.users.web;

import com.steward.app.security.Roles;
import com.steward.app.users.ApiToken;
import com.steward.app.users.ApiTokens;
import com.steward.app.users.CreateServiceAccountCommand;
import com.steward.app.users.CreateTokenCommand;
import com.steward.app.users.IssuedToken;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API tokens and service accounts over REST, for administrators. */
@RestController
@PreAuthorize(Roles.ADMINS)
@Tag(name = "API tokens", description = "Machine identities: service accounts and scoped, expiring tokens")
class TokenApiController {

    private final ApiTokens tokens;
    private final UserDirectory directory;

    TokenApiController(ApiTokens tokens, UserDirectory directory) {
        this.tokens = tokens;
        this.directory = directory;
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "All API tokens (never their secrets)")
    List<ApiToken> list() {
        return tokens.all();
    }

    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Issue a token for a user or service account; the response carries its secret, shown once")
    ResponseEntity<IssuedToken> create(@Valid @RequestBody CreateTokenCommand command) {
        IssuedToken issued = tokens.issue(command);
        return ResponseEntity.created(
                        URI.create("/api/v1/tokens/" + issued.token().id()))
                .body(issued);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revoke a token at once")
    ApiToken revoke(@PathVariable long id) {
        return tokens.revoke(id);
    }

    @PostMapping("/api/v1/service-accounts")
    @Operation(summary = "Create a service account: signs in with API tokens only")
    ResponseEntity<UserAccount> createServiceAccount(@Valid @RequestBody CreateServiceAccountCommand command) {
        UserAccount created = directory.createServiceAccount(command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(created);
    }
}
