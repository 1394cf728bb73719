package com.steward.app.users;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.security.SignInBackoff;
import com.steward.app.security.StewardUser;
import com.steward.app.security.UserSessions;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users' public facade: sign-in lookup, administration (audited) and password changes. */
@Service
public class UserDirectory implements UserDetailsService {

    static final String AUDIT_TYPE = "user";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final VendorRegister vendors;
    private final AuditLog audit;
    private final Clock clock;
    private final SignInBackoff backoff;
    private final PasswordPolicy policy;
    private final UserSessions sessions;

    UserDirectory(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            VendorRegister vendors,
            AuditLog audit,
            Clock clock,
            SignInBackoff backoff,
            PasswordPolicy policy,
            UserSessions sessions) {
        this.backoff = backoff;
        this.policy = policy;
        this.sessions = sessions;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.vendors = vendors;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findPasswordPrincipal(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public List<UserAccount> all() {
        return users.findAll();
    }

    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> UserNotFoundException.forId(id));
    }

    public long count() {
        return users.count();
    }

    @Transactional
    public CreatedUser create(CreateUserCommand command) {
        checkVendorBinding(command.role(), command.vendorId());
        if (users.findPrincipal(command.username()).isPresent()) {
            throw new ConflictException("The username '" + command.username() + "' is taken");
        }
        String password = Passwords.random();
        Instant now = clock.instant();
        long id = users.insert(command, passwordEncoder.encode(password), now, policy.oneTimeExpiry(now));
        UserAccount created = get(id);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, created.vendorId(), null, created);
        return new CreatedUser(created, password);
    }

    /**
     * Creates a service account: a machine identity that signs in with API tokens only (its password is random and
     * never shown, and password sign-in refuses it). Audited.
     */
    @Transactional
    public UserAccount createServiceAccount(CreateServiceAccountCommand command) {
        checkVendorBinding(command.role(), command.vendorId());
        if (users.findPrincipal(command.username()).isPresent()) {
            throw new ConflictException("The username '" + command.username() + "' is taken");
        }
        Instant now = clock.instant();
        long id = users.insert(command.asUser(), passwordEncoder.encode(Passwords.random()), now, now);
        users.markServiceAccount(id);
        UserAccount created = get(id);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, created.vendorId(), null, created);
        return created;
    }

    @Transactional
    public UserAccount update(long id, UpdateUserCommand command, String actingUsername) {
        UserAccount before = get(id);
        checkVendorBinding(command.role(), command.vendorId());
        if (before.username().equals(actingUsername)
                && (!command.active() || command.role() != Role.ADMIN)
                && before.role() == Role.ADMIN) {
            throw new InvalidRequestException(
                    "role", "You cannot remove your own administrator rights or deactivate yourself");
        }
        users.update(id, command, clock.instant());
        UserAccount after = get(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, after.vendorId(), before, after);
        return after;
    }

    /**
     * Replaces a user's password with a new one-time password, returned once: it must be changed at the next sign-in
     * and expires after {@code steward.security.one-time-password-validity}; the user's sessions end.
     */
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = get(id);
        String password = Passwords.random();
        Instant now = clock.instant();
        users.setOneTimePassword(id, passwordEncoder.encode(password), now, policy.oneTimeExpiry(now));
        sessions.endAllSessions(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, account.vendorId(), null, Map.of("password", "reset"));
        return password;
    }

    /** Clears a lock-out from the command line ({@code steward user unlock NAME}); audited. */
    @Transactional
    public UserAccount unlock(String username) {
        StewardUser principal = users.findPrincipal(username).orElseThrow(() -> unknown(username));
        users.unlock(username);
        backoff.clear(username);
        UserAccount account = get(principal.id());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, account.id(), account.vendorId(), null, Map.of("lock", "cleared"));
        return account;
    }

    /** A new one-time password for {@code username} ({@code steward user reset-password NAME}), returned once. */
    @Transactional
    public String resetPassword(String username) {
        StewardUser principal = users.findPrincipal(username).orElseThrow(() -> unknown(username));
        users.unlock(username);
        backoff.clear(username);
        return resetPassword(principal.id());
    }

    private static UserNotFoundException unknown(String username) {
        return UserNotFoundException.forUsername(username);
    }

    /**
     * The signed-in user changes their own password, proving the current one; the new one must pass the
     * {@link PasswordPolicy}. The user's other sessions end.
     */
    @Transactional
    public void changeOwnPassword(long id, @Nullable String currentPassword, @Nullable String newPassword) {
        String hash = users.passwordHash(id).orElseThrow(() -> UserNotFoundException.forId(id));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidRequestException("currentPassword", "The current password is not correct");
        }
        String chosen = policy.checkChosen(newPassword, get(id));
        users.setPasswordHash(id, passwordEncoder.encode(chosen), clock.instant());
        sessions.endOtherSessions(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, get(id).vendorId(), null, Map.of("password", "changed"));
    }

    /** Creates the first administrator when there are no users; returns its one-time password. */
    @Transactional
    public Optional<CreatedUser> createFirstAdministrator() {
        if (users.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(create(new CreateUserCommand("admin", "Administrator", null, Role.ADMIN, null)));
    }

    private void checkVendorBinding(Role role, @Nullable Long vendorId) {
        if (role == Role.VENDOR) {
            if (vendorId == null) {
                throw new InvalidRequestException("vendorId", "A VENDOR user must be bound to a vendor");
            }
            boolean known = vendors.allVendorsForAdministration().stream().anyMatch(v -> v.id() == vendorId);
            if (!known) {
                throw new InvalidRequestException("vendorId", "No vendor with id " + vendorId);
            }
        } else if (vendorId != null) {
            throw new InvalidRequestException("vendorId", "Only VENDOR users are bound to a vendor");
        }
    }
}
