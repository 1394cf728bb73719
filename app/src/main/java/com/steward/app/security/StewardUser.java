package com.steward.app.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them; {@link #vendorId()} is set only for {@link Role#VENDOR}. */
public final class StewardUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Role role;
    private final Long vendorId;
    private final boolean active;
    private final Instant lockedUntil;

    public StewardUser(
            long id,
            String username,
            String displayName,
            String passwordHash,
            Role role,
            Long vendorId,
            boolean active,
            Instant lockedUntil) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.vendorId = vendorId;
        this.active = active;
        this.lockedUntil = lockedUntil;
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

    public Long vendorId() {
        return vendorId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
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
    public boolean equals(Object other) {
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
