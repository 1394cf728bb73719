package com.steward.app.vendors;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.ConflictException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor register's public facade: reads are scoped to the current user, writes are audited. */
@Service
public class VendorRegister {

    static final String AUDIT_TYPE = "vendor";

    private final VendorRepository vendors;
    private final VendorDetailsRepository details;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    VendorRegister(
            VendorRepository vendors,
            VendorDetailsRepository details,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.vendors = vendors;
        this.details = details;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Vendor> visibleVendors() {
        return vendors.findAll(access.currentScope());
    }

    public Vendor get(long id) {
        return vendors.findById(id, access.currentScope()).orElseThrow(() -> VendorNotFoundException.forId(id));
    }

    public long countVisible() {
        return vendors.count(access.currentScope());
    }

    /** For administration (binding users to vendors): every vendor, regardless of scope. */
    public List<Vendor> allVendorsForAdministration() {
        return vendors.findAll(com.steward.app.security.VendorScope.all());
    }

    @Transactional
    public Vendor register(RegisterVendorCommand command) {
        if (vendors.findByCode(command.code()).isPresent()) {
            throw new ConflictException("A vendor with code '" + command.code() + "' already exists");
        }
        long id = vendors.insert(command.code(), command.name().strip(), command.status(), clock.instant());
        Vendor created =
                vendors.findById(id, com.steward.app.security.VendorScope.all()).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, id, null, created);
        return created;
    }

    @Transactional
    public Vendor update(long id, UpdateVendorCommand command) {
        return update(id, command, "");
    }

    /** Changes name or status; a status move is also kept in the vendor's status history with its reason. */
    @Transactional
    public Vendor update(long id, UpdateVendorCommand command, String reason) {
        Vendor before = get(id);
        vendors.update(id, command.name().strip(), command.status(), clock.instant());
        if (before.status() != command.status()) {
            details.insertStatusChange(
                    id, before.status(), command.status(), reason, access.currentActor(), clock.instant());
        }
        Vendor after = get(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, id, before, after);
        return after;
    }
}
