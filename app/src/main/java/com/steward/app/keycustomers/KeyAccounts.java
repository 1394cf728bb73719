package com.steward.app.keycustomers;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Roles;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-account list's facade: client staff read it; administrators, managers and analysts add, import and remove
 * accounts (audited). VENDOR users never see it (403): the list names the client's most valuable customers.
 */
@Service
public class KeyAccounts {

    static final String AUDIT_ACCOUNT = "key_account";

    private final KeyCustomerRepository repository;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    KeyAccounts(KeyCustomerRepository repository, VendorAccess access, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.STAFF)
    public List<KeyAccount> list() {
        return repository.accounts();
    }

    /** Adds one account; 409 when its customer id is on the list already. */
    @Transactional
    @PreAuthorize(Roles.ANALYSTS)
    public KeyAccount add(KeyAccountInput input) {
        KeyAccountInput in = validated(input);
        if (repository.accountByCustomer(in.customerId()).isPresent()) {
            throw new ConflictException("Customer " + in.customerId() + " is already a key account");
        }
        long id = repository.insertAccount(in, access.currentActor(), clock.instant());
        KeyAccount created = repository.account(id).orElseThrow();
        audit.record(AuditAction.CREATE, AUDIT_ACCOUNT, id, null, null, created);
        return created;
    }

    @Transactional
    @PreAuthorize(Roles.ANALYSTS)
    public void remove(long id) {
        KeyAccount before = repository.account(id).orElseThrow(() -> SampleNotFoundException.account(id));
        repository.deleteAccount(id);
        audit.record(AuditAction.DELETE, AUDIT_ACCOUNT, id, null, before, null);
    }

    /**
     * Imports a CSV file {@code customer_id,name,tier,account_owner}: all or nothing. Every problem is reported with
     * its line and column (400); a customer id twice in the file is a problem; one already on the list is updated.
     */
    @Transactional
    @PreAuthorize(Roles.ANALYSTS)
    public ImportSummary importCsv(String csv) {
        List<KeyAccountCsv.Row> rows = KeyAccountCsv.parse(csv);
        int added = 0;
        int updated = 0;
        for (KeyAccountCsv.Row row : rows) {
            Optional<KeyAccount> existing =
                    repository.accountByCustomer(row.input().customerId());
            if (existing.isPresent()) {
                repository.updateAccount(existing.get().id(), row.input(), clock.instant());
                audit.record(
                        AuditAction.UPDATE,
                        AUDIT_ACCOUNT,
                        existing.get().id(),
                        null,
                        existing.get(),
                        repository.account(existing.get().id()).orElseThrow());
                updated++;
            } else {
                long id = repository.insertAccount(row.input(), access.currentActor(), clock.instant());
                audit.record(
                        AuditAction.CREATE,
                        AUDIT_ACCOUNT,
                        id,
                        null,
                        null,
                        repository.account(id).orElseThrow());
                added++;
            }
        }
        return new ImportSummary(added, updated);
    }

    private static KeyAccountInput validated(KeyAccountInput input) {
        if (input == null) {
            throw new InvalidRequestException("customerId", "give the customer id, name, tier and account owner");
        }
        String customer = input.customerId() == null ? "" : input.customerId().strip();
        if (customer.isEmpty() || customer.length() > 100) {
            throw new InvalidRequestException("customerId", "the customer id (as in the interaction data) is required");
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidRequestException("name", "a name of 1 to 200 characters is required");
        }
        if (input.tier() == null) {
            throw new InvalidRequestException("tier", "choose STRATEGIC, MAJOR or STANDARD");
        }
        String owner = input.accountOwner() == null ? "" : input.accountOwner().strip();
        if (owner.isEmpty() || owner.length() > 200) {
            throw new InvalidRequestException("accountOwner", "the account owner is required");
        }
        return new KeyAccountInput(customer, name, input.tier(), owner);
    }
}
