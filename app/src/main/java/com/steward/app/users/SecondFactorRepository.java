package com.steward.app.users;

import static com.steward.app.database.SqlValues.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to a user's TOTP secret, last accepted time step, and hashed recovery codes. */
@Repository
class SecondFactorRepository {

    private final JdbcClient jdbc;

    SecondFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's TOTP secret (Base32) and last accepted step, when enrolled. */
    record Enrolment(String secret, long lastStep) {}

    Optional<Enrolment> enrolment(long userId) {
        return jdbc.sql("SELECT totp_secret, totp_last_step FROM users WHERE id = :id AND totp_secret IS NOT NULL")
                .param("id", userId)
                .query((rs, n) -> {
                    long last = rs.getLong(2);
                    return new Enrolment(rs.getString(1), rs.wasNull() ? -1 : last);
                })
                .optional();
    }

    void enrol(long userId, String secret, List<String> codeHashes) {
        jdbc.sql("UPDATE users SET totp_secret = :secret, totp_last_step = NULL WHERE id = :id")
                .param("id", userId)
                .param("secret", secret)
                .update();
        jdbc.sql("DELETE FROM security_recovery_codes WHERE user_id = :id")
                .param("id", userId)
                .update();
        for (String hash : codeHashes) {
            jdbc.sql("INSERT INTO security_recovery_codes (user_id, code_hash) VALUES (:id, :hash)")
                    .param("id", userId)
                    .param("hash", hash)
                    .update();
        }
    }

    /** Accepts time step {@code step} unless a later or equal one was accepted already (a concurrent replay). */
    boolean acceptStep(long userId, long step) {
        return jdbc.sql("""
                        UPDATE users SET totp_last_step = :step
                        WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                        """).param("id", userId).param("step", step).update() > 0;
    }

    /** Uses a recovery code once: false when it is unknown or used. */
    boolean useRecoveryCode(long userId, String hash, Instant now) {
        return jdbc.sql("""
                        UPDATE security_recovery_codes SET used_at = :now
                        WHERE user_id = :id AND code_hash = :hash AND used_at IS NULL
                        """)
                        .param("id", userId)
                        .param("hash", hash)
                        .param("now", utc(now))
                        .update()
                > 0;
    }

    long unusedRecoveryCodes(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM security_recovery_codes WHERE user_id = :id AND used_at IS NULL")
                .param("id", userId)
                .query(Long.class)
                .single();
    }

    /** Removes the second factor (administrator reset): the secret and every recovery code. */
    boolean clear(long userId) {
        jdbc.sql("DELETE FROM security_recovery_codes WHERE user_id = :id")
                .param("id", userId)
                .update();
        return jdbc.sql(
                                "UPDATE users SET totp_secret = NULL, totp_last_step = NULL WHERE id = :id AND totp_secret IS NOT NULL")
                        .param("id", userId)
                        .update()
                > 0;
    }
}
