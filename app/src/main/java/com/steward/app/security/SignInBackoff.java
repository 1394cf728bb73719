package com.steward.app.security;

import static com.steward.app.database.SqlValues.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Back-off per account and remote address, in the database (it survives restarts, spans instances, and
 * {@code steward user unlock} can clear it). From the {@code max-failed-sign-ins}th wrong password on, the pair
 * waits {@code lockout}, doubling with each further failure up to a day; a success from that address clears it.
 * Other addresses are not affected, so guessing from one address cannot keep the account's owner out; guessing from
 * many is bounded by each address's own back-off and the per-address limit.
 */
@Component
public class SignInBackoff {

    /** Longest wait, and how long an idle pair's count is remembered. */
    static final Duration LONGEST = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInBackoff(
            JdbcClient jdbc,
            Clock clock,
            @Value("${steward.security.max-failed-sign-ins:5}") int maxFailures,
            @Value("${steward.security.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** Until when {@code username} may not sign in from {@code address}, if it must wait now. */
    public Optional<Instant> blockedUntil(String username, String address) {
        return jdbc.sql("SELECT blocked_until FROM security_sign_in_backoff WHERE username = :u AND address = :a"
                        + " AND blocked_until > :now")
                .param("u", name(username))
                .param("a", address(address))
                .param("now", utc(clock.instant()))
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    /** A wrong password for {@code username} from {@code address}. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        String u = name(username);
        String a = address(address);
        int failures = jdbc.sql("SELECT failures, last_failure FROM security_sign_in_backoff"
                        + " WHERE username = :u AND address = :a")
                .param("u", u)
                .param("a", a)
                .query((rs, row) -> rs.getObject(2, OffsetDateTime.class)
                                .toInstant()
                                .plus(LONGEST)
                                .isBefore(now)
                        ? 0
                        : rs.getInt(1))
                .optional()
                .orElse(-1);
        int count = Math.max(failures, 0) + 1;
        @Nullable Instant blockedUntil = count < maxFailures ? null : now.plus(wait(count));
        if (failures >= 0) {
            update(u, a, count, now, blockedUntil);
            return;
        }
        try {
            jdbc.sql("INSERT INTO security_sign_in_backoff (username, address, failures, last_failure, blocked_until)"
                            + " VALUES (:u, :a, :n, :now, :until)")
                    .param("u", u)
                    .param("a", a)
                    .param("n", count)
                    .param("now", utc(now))
                    .param("until", blockedUntil == null ? null : utc(blockedUntil))
                    .update();
        } catch (DuplicateKeyException raced) {
            update(u, a, count, now, blockedUntil);
        }
    }

    /** The wait after the {@code count}th failure: lockout × 2^(count − max), at most a day. */
    Duration wait(int count) {
        int doublings = Math.min(count - maxFailures, 20);
        Duration wait = lockout.multipliedBy(1L << Math.max(0, doublings));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    /** A correct password from {@code address}: that pair starts afresh. */
    void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM security_sign_in_backoff WHERE username = :u AND address = :a")
                .param("u", name(username))
                .param("a", address(address))
                .update();
    }

    /** Clears every back-off of {@code username} (the CLI's unlock); returns how many addresses were waiting. */
    public int clear(String username) {
        return jdbc.sql("DELETE FROM security_sign_in_backoff WHERE username = :u")
                .param("u", name(username))
                .update();
    }

    private void update(String u, String a, int count, Instant now, @Nullable Instant blockedUntil) {
        jdbc.sql("UPDATE security_sign_in_backoff SET failures = :n, last_failure = :now, blocked_until = :until"
                        + " WHERE username = :u AND address = :a")
                .param("u", u)
                .param("a", a)
                .param("n", count)
                .param("now", utc(now))
                .param("until", blockedUntil == null ? null : utc(blockedUntil))
                .update();
    }

    /** Usernames and addresses as stored: cut to their columns (an attacker chooses them). */
    private static String name(String username) {
        return cut(username, 128);
    }

    private static String address(String address) {
        return cut(address, 64);
    }

    private static String cut(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max);
    }
}
