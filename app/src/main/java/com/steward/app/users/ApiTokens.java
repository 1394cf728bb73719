package com.steward.app.users;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.BearerTokens;
import com.steward.app.security.StewardUser;
import com.steward.app.security.TokenIdentity;
import com.steward.app.security.VendorAccess;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: issued by administrators for a person or a service account with a scope and an expiry, the secret shown
 * once and only its SHA-256 stored; listed, revoked (audited), and checked on every {@code Bearer} call.
 */
@Service
public class ApiTokens implements BearerTokens {

    static final String AUDIT_TYPE = "api-token";

    /** Every secret starts with this, so that scanners and people can recognise a leaked Steward token. */
    static final String SECRET_PREFIX = "stw_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditLog audit;
    private final VendorAccess access;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserRepository users, AuditLog audit, VendorAccess access, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Issues a token; the returned secret is never stored and cannot be shown again. */
    @Transactional
    public IssuedToken issue(CreateTokenCommand command) {
        StewardUser owner = users.findPrincipal(command.username()).orElseThrow(() -> unknownOwner(command.username()));
        String secret = SECRET_PREFIX + randomPart();
        Instant now = clock.instant();
        long id = tokens.insert(
                new ApiTokenRepository.NewToken(
                        owner.id(),
                        command.name().trim(),
                        secret.substring(0, 12),
                        hash(secret),
                        command.scope(),
                        access.currentActor()),
                now,
                now.plus(Duration.ofDays(command.expiresInDays())));
        ApiToken token = get(id);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, owner.vendorId(), null, token);
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> all() {
        return tokens.findAll();
    }

    public ApiToken get(long id) {
        return tokens.findById(id).orElseThrow(() -> ApiTokenNotFoundException.forId(id));
    }

    /** Revokes a token at once; revoking a revoked token changes nothing. Audited. */
    @Transactional
    public ApiToken revoke(long id) {
        ApiToken before = get(id);
        if (tokens.revoke(id, clock.instant())) {
            ApiToken after = get(id);
            Long vendorId = users.findPrincipal(after.owner())
                    .map(StewardUser::vendorId)
                    .orElse(null);
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, vendorId, before, Map.of("revoked", after.revokedAt()));
            return after;
        }
        return before;
    }

    @Override
    @Transactional
    public Optional<TokenIdentity> authenticate(String secret) {
        if (!secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenIdentity> identity = tokens.findLive(hash(secret), now);
        identity.ifPresent(live -> tokens.touch(live.tokenId(), now));
        return identity;
    }

    /**
     * The SHA-256 of a secret, in hex. A fast hash suits here (unlike passwords): a secret is 256 random bits, so a
     * stolen hash cannot be reversed by guessing, and a fast lookup keeps every API call cheap.
     */
    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String randomPart() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static UserNotFoundException unknownOwner(String username) {
        return UserNotFoundException.forUsername(username);
    }
}
