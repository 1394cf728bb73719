package com.steward.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code steward.security.max-failed-sign-ins} wrong passwords
 * an account locks for {@code steward.security.lockout}; a remote address that fails too often
 * (on any usernames, known or not) is refused for the same period.
 */
@Component
public class SignInThrottle {

    private final SignInAttempts attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final int maxFailuresPerAddress;
    private final ConcurrentHashMap<String, AddressFailures> byAddress = new ConcurrentHashMap<>();

    SignInThrottle(
            SignInAttempts attempts,
            Clock clock,
            @Value("${steward.security.max-failed-sign-ins:5}") int maxFailures,
            @Value("${steward.security.lockout:15m}") Duration lockout,
            @Value("${steward.security.max-failed-sign-ins-per-address:30}") int maxFailuresPerAddress) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(
                event.getAuthentication().getName(),
                maxFailures,
                clock.instant().plus(lockout));
        String address = remoteAddress(event.getAuthentication().getDetails());
        if (address != null) {
            byAddress.compute(address, (key, old) -> {
                long now = clock.millis();
                if (old == null || now - old.firstMillis() > lockout.toMillis()) {
                    return new AddressFailures(now, 1);
                }
                return new AddressFailures(old.firstMillis(), old.count() + 1);
            });
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
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

    private static String remoteAddress(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private record AddressFailures(long firstMillis, int count) {}
}
