package com.steward.app.support;

import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.vendors.VendorStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fixtures: two vendors ("own", the one the VENDOR user is bound to, and "other") and one
 * signed-in principal per role, created through the real services in the test's database.
 */
public final class TestAccounts {

    public final Vendor ownVendor;
    public final Vendor otherVendor;
    public final Map<Role, StewardUser> principals = new EnumMap<>(Role.class);
    public final Map<Role, String> passwords = new EnumMap<>(Role.class);

    private TestAccounts(Vendor ownVendor, Vendor otherVendor) {
        this.ownVendor = ownVendor;
        this.otherVendor = otherVendor;
    }

    public static TestAccounts create(VendorRegister vendors, UserDirectory users) {
        return asSystem(() -> {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Vendor own = vendors.register(
                    new RegisterVendorCommand("own-" + suffix, "Own Vendor " + suffix, VendorStatus.CONTRACTED));
            Vendor other = vendors.register(
                    new RegisterVendorCommand("other-" + suffix, "Other Vendor " + suffix, VendorStatus.CONTRACTED));
            TestAccounts accounts = new TestAccounts(own, other);
            for (Role role : Role.values()) {
                String username = role.name().toLowerCase() + "-" + suffix;
                Long vendorId = role == Role.VENDOR ? own.id() : null;
                var created = users.create(new CreateUserCommand(username, role + " tester", null, role, vendorId));
                accounts.passwords.put(role, created.oneTimePassword());
                accounts.principals.put(role, (StewardUser) users.loadUserByUsername(username));
            }
            return accounts;
        });
    }

    public StewardUser principal(Role role) {
        return principals.get(role);
    }

    /** Runs work as an authenticated system actor (so audit entries have an author). */
    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
