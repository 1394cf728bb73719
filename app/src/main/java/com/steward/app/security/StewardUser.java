package com.steward.app.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them; {@link #vendorId()} is set only for {@link Role#VENDOR}. */
public final class StewardUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Role role;
    private final @Nullable Long vendorId;
    private final boolean active;
    private final @Nullable Instant lockedUntil;
    private final boolean mustChangePassword;
    private final @Nullable Instant passwordExpiresAt;

    public StewardUser(
            long id,
            String username,
            String displayName,
            @Nullable String passwordHash,
            Role role,
            @Nullable Long vendorId,
            boolean active,
            @Nullable Instant lockedUntil) {
        this(id, username, displayName, passwordHash, role, vendorId, active, lockedUntil, false, null);
    }

    private StewardUser(
            long id,
            String username,
            String displayName,
            @Nullable String passwordHash,
            Role role,
            @Nullable Long vendorId,
            boolean active,
            @Nullable Instant lockedUntil,
            boolean mustChangePassword,
            @Nullable Instant passwordExpiresAt) {
        this.mustChangePassword = mustChangePassword;
        this.passwordExpiresAt = passwordExpiresAt;
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.vendorId = vendorId;
        this.active = active;
        this.lockedUntil = lockedUntil;
    }

    /**
     * This user with a one-time password's state: {@code mustChange} until they choose their own, and a password that
     * stops working at {@code expiresAt} (none when null).
     */
    public StewardUser withPasswordState(boolean mustChange, @Nullable Instant expiresAt) {
        return new StewardUser(
                id, username, displayName, passwordHash, role, vendorId, active, lockedUntil, mustChange, expiresAt);
    }

    /** True while the user signs in with a one-time password they must replace. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public @Nullable Long vendorId() {
        return vendorId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    /** A one-time password stops working when it expires (Spring Security then refuses the sign-in). */
    @Override
    public boolean isCredentialsNonExpired() {
        return passwordExpiresAt == null || passwordExpiresAt.isAfter(Instant.now());
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StewardUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "StewardUser[" + username + ", " + role + "]";
    }
}
