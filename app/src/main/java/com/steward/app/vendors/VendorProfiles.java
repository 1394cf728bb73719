package com.steward.app.vendors;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vendor's profile, contacts and status history. Every read first resolves the vendor through
 * {@link VendorRegister#get} (scoped: another vendor's records answer 404); every change is audited.
 */
@Service
public class VendorProfiles {

    static final String PROFILE_AUDIT_TYPE = "vendor_profile";
    static final String CONTACT_AUDIT_TYPE = "vendor_contact";

    private final VendorRegister register;
    private final VendorDetailsRepository details;
    private final AuditLog audit;
    private final VendorAccess access;
    private final Clock clock;

    VendorProfiles(
            VendorRegister register,
            VendorDetailsRepository details,
            AuditLog audit,
            VendorAccess access,
            Clock clock) {
        this.register = register;
        this.details = details;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public VendorProfile profile(long vendorId) {
        register.get(vendorId);
        return details.profile(vendorId).orElseGet(() -> VendorProfile.empty(vendorId));
    }

    @Transactional
    public VendorProfile updateProfile(long vendorId, UpdateVendorProfileCommand command) {
        VendorProfile before = profile(vendorId);
        details.saveProfile(vendorId, command, clock.instant());
        VendorProfile after = profile(vendorId);
        audit.record(
                before.updatedAt() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                PROFILE_AUDIT_TYPE,
                vendorId,
                vendorId,
                before.updatedAt() == null ? null : before,
                after);
        return after;
    }

    public List<VendorContact> contacts(long vendorId) {
        register.get(vendorId);
        return details.contacts(vendorId);
    }

    @Transactional
    public VendorContact addContact(long vendorId, AddVendorContactCommand command) {
        register.get(vendorId);
        long id = details.insertContact(vendorId, command, clock.instant());
        VendorContact created = details.contact(vendorId, id).orElseThrow();
        audit.record(AuditAction.CREATE, CONTACT_AUDIT_TYPE, id, vendorId, null, created);
        return created;
    }

    @Transactional
    public void removeContact(long vendorId, long contactId) {
        register.get(vendorId);
        VendorContact before = details.contact(vendorId, contactId)
                .orElseThrow(() -> new NotFoundException("No contact " + contactId + " at vendor " + vendorId));
        details.deleteContact(vendorId, contactId);
        audit.record(AuditAction.DELETE, CONTACT_AUDIT_TYPE, contactId, vendorId, before, null);
    }

    /** Moves the vendor to a new status; the move is kept in the history and audited. */
    @Transactional
    public Vendor changeStatus(long vendorId, ChangeVendorStatusCommand command) {
        Vendor before = register.get(vendorId);
        return register.update(vendorId, new UpdateVendorCommand(before.name(), command.status()), command.reason());
    }

    public List<VendorStatusChange> statusChanges(long vendorId) {
        register.get(vendorId);
        return details.statusChanges(vendorId);
    }

    String actor() {
        return access.currentActor();
    }
}
