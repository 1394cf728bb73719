package com.steward.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on every path (form, HTTP Basic): wrong passwords for an account from one address
 * make that address wait, with a doubling back-off ({@link SignInBackoff}), without locking the account for anyone
 * else; a remote address that fails too often (on any usernames, known or not) is refused for
 * {@code steward.security.lockout}.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInAttempts attempts;
    private final SignInBackoff backoff;
    private final Clock clock;
    private final Duration lockout;
    private final int maxFailuresPerAddress;
    private final ConcurrentHashMap<String, AddressFailures> byAddress = new ConcurrentHashMap<>();

    SignInThrottle(
            SignInAttempts attempts,
            SignInBackoff backoff,
            Clock clock,
            @Value("${steward.security.lockout:15m}") Duration lockout,
            @Value("${steward.security.max-failed-sign-ins-per-address:30}") int maxFailuresPerAddress) {
        this.attempts = attempts;
        this.backoff = backoff;
        this.clock = clock;
        this.lockout = lockout;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = remoteAddress(event.getAuthentication().getDetails());
        if (address != null) {
            try {
                backoff.failed(event.getAuthentication().getName(), address);
            } catch (DataAccessException e) {
                log.warn("Cannot record a failed sign-in: {}", e.getMessage());
            }
            addressFailed(address);
        }
    }

    /** Counts a failed sign-in from {@code address} on no particular account (e.g. an unknown API token). */
    public void addressFailed(String address) {
        byAddress.compute(address, (key, old) -> {
            long now = clock.millis();
            if (old == null || now - old.firstMillis() > lockout.toMillis()) {
                return new AddressFailures(now, 1);
            }
            return new AddressFailures(old.firstMillis(), old.count() + 1);
        });
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
        String address = remoteAddress(event.getAuthentication().getDetails());
        if (address != null) {
            backoff.succeeded(event.getAuthentication().getName(), address);
        }
    }

    /** Seconds {@code username} must still wait before signing in from {@code address}, or 0. */
    public long pairWaitSeconds(String username, String address) {
        return backoff.blockedUntil(username, address)
                .map(until -> Math.max(1, (until.toEpochMilli() - clock.millis() + 999) / 1000))
                .orElse(0L);
    }

    /** True when this remote address has failed too often recently and must wait. */
    public boolean isAddressBlocked(String address) {
        AddressFailures failures = byAddress.get(address);
        return failures != null
                && failures.count() >= maxFailuresPerAddress
                && clock.millis() - failures.firstMillis() <= lockout.toMillis();
    }

    /** Seconds until this address may try again (at least 1). */
    public long retryAfterSeconds(String address) {
        AddressFailures failures = byAddress.get(address);
        long waitMillis = failures == null ? 0 : failures.firstMillis() + lockout.toMillis() - clock.millis();
        return Math.max(1, (waitMillis + 999) / 1000);
    }

    private static @Nullable String remoteAddress(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private record AddressFailures(long firstMillis, int count) {}
}
