package com.steward.app.users;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Totp;
import com.steward.app.web.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor of local accounts: TOTP (RFC 6238, SHA-1, 6 digits, 30 s, one step of drift), enrolled
 * by the user proving a first code, plus ten single-use recovery codes of which only SHA-256 hashes are kept. An
 * administrator can remove a user's second factor (audited). The TOTP secret is stored as it must be used (the server
 * computes the same codes); the database is private to Steward (docs/security.md).
 */
@Service
public class SecondFactors {

    static final String AUDIT_TYPE = "user";
    static final int RECOVERY_CODES = 10;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactorRepository repository;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactors(SecondFactorRepository repository, UserDirectory directory, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A secret being set up: shown to the user as text and as an {@code otpauth://} URI, kept until confirmed. */
    public record Pending(String secret, String otpauthUri) {}

    public boolean enrolled(long userId) {
        return repository.enrolment(userId).isPresent();
    }

    public long unusedRecoveryCodes(long userId) {
        return repository.unusedRecoveryCodes(userId);
    }

    /** A new secret for {@code userId} to enter into an authenticator app; nothing is stored yet. */
    public Pending start(long userId) {
        return pending(userId, Totp.base32(Totp.newSecret()));
    }

    /** The set-up view of a secret already shown to {@code userId}. */
    public Pending pending(long userId, String secret) {
        UserAccount account = directory.get(userId);
        return new Pending(secret, Totp.otpauthUri("Steward", account.username(), Totp.fromBase32(secret)));
    }

    /**
     * Turns the second factor on when {@code code} is valid for the pending {@code secret}; returns the recovery codes,
     * shown once.
     */
    @Transactional
    public List<String> confirm(long userId, String secret, String code) {
        OptionalLong step =
                Totp.verify(Totp.fromBase32(secret), code, clock.instant().getEpochSecond(), 1, -1);
        if (step.isEmpty()) {
            throw new InvalidRequestException(
                    "code", "That code is not valid: check the app's clock and try the next code");
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            hashes.add(hash(recovery));
        }
        repository.enrol(userId, secret, hashes);
        repository.acceptStep(userId, step.getAsLong());
        UserAccount account = directory.get(userId);
        audit.record(
                AuditAction.UPDATE, AUDIT_TYPE, userId, account.vendorId(), null, Map.of("secondFactor", "enrolled"));
        return codes;
    }

    /**
     * Whether {@code code} proves the second factor of {@code userId}: a TOTP code not used before, or an unused
     * recovery code (then used up). True when the user has no second factor.
     */
    @Transactional
    public boolean verify(long userId, String code) {
        var enrolment = repository.enrolment(userId);
        if (enrolment.isEmpty()) {
            return true;
        }
        OptionalLong step = Totp.verify(
                Totp.fromBase32(enrolment.get().secret()),
                code,
                clock.instant().getEpochSecond(),
                1,
                enrolment.get().lastStep());
        if (step.isPresent()) {
            return repository.acceptStep(userId, step.getAsLong());
        }
        return repository.useRecoveryCode(userId, hash(normalise(code)), clock.instant());
    }

    /** Removes a user's second factor (an administrator, e.g. for a lost phone); audited. */
    @Transactional
    public void reset(long userId) {
        UserAccount account = directory.get(userId);
        if (repository.clear(userId)) {
            audit.record(
                    AuditAction.UPDATE, AUDIT_TYPE, userId, account.vendorId(), null, Map.of("secondFactor", "reset"));
        }
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normalise(String code) {
        String plain = code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return plain.length() == 10 ? plain.substring(0, 5) + "-" + plain.substring(5) : plain;
    }

    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
