package com.steward.app.savings;

import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may use the money module: client staff read (a VENDOR user is refused whatever the caller, even for its own
 * vendor: this is the client's internal cost model); ADMIN, MANAGER and ANALYST write. Checked in the services as
 * well as on the routes, so a demo, a scheduled job or another module calling in is held to the same rule.
 */
@Component
class SavingsAccess {

    private static final Set<String> WRITERS = Set.of("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_ANALYST");

    private final VendorAccess access;

    SavingsAccess(VendorAccess access) {
        this.access = access;
    }

    /** The caller's scope, which must be unrestricted (client staff); else 403. */
    VendorScope staffScope() {
        VendorScope scope = access.currentScope();
        if (!scope.unrestricted()) {
            throw new AccessDeniedException("Hidden costs, invoices and savings are the client's internal cost model");
        }
        return scope;
    }

    /** Client staff allowed to record: ADMIN, MANAGER or ANALYST; else 403. */
    void requireWriter() {
        staffScope();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean writer = authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(WRITERS::contains);
        if (!writer) {
            throw new AccessDeniedException("Only ADMIN, MANAGER and ANALYST record hidden costs and invoices");
        }
    }
}
