package com.steward.app.users.web;

import com.steward.app.security.Roles;
import com.steward.app.security.StewardUser;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.CreatedUser;
import com.steward.app.users.UpdateUserCommand;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Users over REST: administrators manage accounts; everyone may read who they are. */
@RestController
@Tag(name = "Users", description = "Accounts, roles and vendor binding")
class UserApiController {

    private final UserDirectory directory;

    UserApiController(UserDirectory directory) {
        this.directory = directory;
    }

    /** The caller's own account. */
    public record Me(
            long id,
            String username,
            String displayName,
            String role,
            @Nullable Long vendorId) {}

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in user")
    Me me(@AuthenticationPrincipal StewardUser me) {
        return new Me(me.id(), me.getUsername(), me.displayName(), me.role().name(), me.vendorId());
    }

    @GetMapping("/api/v1/users")
    @PreAuthorize(Roles.ADMINS)
    @Operation(summary = "All users")
    List<UserAccount> list() {
        return directory.all();
    }

    @GetMapping("/api/v1/users/{id}")
    @PreAuthorize(Roles.ADMINS)
    @Operation(summary = "One user")
    UserAccount get(@PathVariable long id) {
        return directory.get(id);
    }

    @PostMapping("/api/v1/users")
    @PreAuthorize(Roles.ADMINS)
    @Operation(summary = "Create (invite) a user; the response carries its one-time password, shown once")
    ResponseEntity<CreatedUser> create(@Valid @RequestBody CreateUserCommand command) {
        CreatedUser created = directory.create(command);
        return ResponseEntity.created(
                        URI.create("/api/v1/users/" + created.account().id()))
                .body(created);
    }

    @PutMapping("/api/v1/users/{id}")
    @PreAuthorize(Roles.ADMINS)
    @Operation(summary = "Change a user's role, vendor binding, name or active flag")
    UserAccount update(
            @PathVariable long id,
            @Valid @RequestBody UpdateUserCommand command,
            @AuthenticationPrincipal StewardUser me) {
        return directory.update(id, command, me.getUsername());
    }
}
