package com.steward.app.demo;

import com.steward.app.security.Role;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.CreatedUser;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.vendors.VendorStatus;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo company once: three BPO vendors, the in-house center, and one user per role
 * (the VENDOR user bound to Acme), each with a random password printed once.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
public class DemoCompany implements ApplicationRunner {

    /** The demo's vendors: code, name, status. Codes match the demo interaction data's {@code handled_by}. */
    public static final List<RegisterVendorCommand> VENDORS = List.of(
            new RegisterVendorCommand("acme", "Acme Contact Solutions", VendorStatus.CONTRACTED),
            new RegisterVendorCommand("bluesky", "Bluesky BPO", VendorStatus.CONTRACTED),
            new RegisterVendorCommand("corvid", "Corvid Customer Care", VendorStatus.SHORTLISTED),
            new RegisterVendorCommand("inhouse", "In-house contact center", VendorStatus.IN_HOUSE));

    private final VendorRegister vendors;
    private final UserDirectory users;

    DemoCompany(VendorRegister vendors, UserDirectory users) {
        this.vendors = vendors;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-loader", null, List.of()));
        try {
            load().forEach(created -> System.out.printf(
                    "  demo user %-10s role %-8s password %s%n",
                    created.account().username(), created.account().role(), created.oneTimePassword()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Creates what is missing; returns the users created now (empty when the demo was loaded before). */
    public List<CreatedUser> load() {
        if (vendors.allVendorsForAdministration().stream()
                .anyMatch(v -> v.code().equals("acme"))) {
            return List.of();
        }
        List<Vendor> created = new ArrayList<>();
        for (RegisterVendorCommand vendor : VENDORS) {
            created.add(vendors.register(vendor));
        }
        long acme = created.getFirst().id();
        List<CreatedUser> people = new ArrayList<>();
        people.add(users.create(
                new CreateUserCommand("manager", "Maria Manager", "manager@example.com", Role.MANAGER, null)));
        people.add(users.create(
                new CreateUserCommand("analyst", "Ana Analyst", "analyst@example.com", Role.ANALYST, null)));
        people.add(users.create(
                new CreateUserCommand("viewer", "Victor Viewer", "viewer@example.com", Role.VIEWER, null)));
        people.add(
                users.create(new CreateUserCommand("acme-am", "Alex (Acme)", "alex@acme.example", Role.VENDOR, acme)));
        return people;
    }
}
