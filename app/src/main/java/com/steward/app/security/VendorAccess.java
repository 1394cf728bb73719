package com.steward.app.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The single place that decides which vendors the current user may see.
 *
 * <p>Client staff (ADMIN, MANAGER, ANALYST, VIEWER) see all vendors; a VENDOR user sees only
 * the vendor it is bound to; anyone else (anonymous, unknown principal) sees none.
 */
@Component
public class VendorAccess {

    public VendorScope currentScope() {
        return scopeOf(SecurityContextHolder.getContext().getAuthentication());
    }

    public static VendorScope scopeOf(@Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof StewardUser user)) {
            return new VendorScope(false, Set.of());
        }
        if (user.role() == Role.VENDOR) {
            return user.vendorId() == null ? new VendorScope(false, Set.of()) : VendorScope.only(user.vendorId());
        }
        return VendorScope.all();
    }

    /** The signed-in user's name for audit records, or {@code system} outside a request. */
    public String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
