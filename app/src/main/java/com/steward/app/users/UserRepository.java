package com.steward.app.users;

import static com.steward.app.database.SqlValues.instant;
import static com.steward.app.database.SqlValues.utc;

import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to the users table. */
@Repository
class UserRepository {

    private static final String COLUMNS =
            "id, username, display_name, email, password_hash, role, vendor_id, active, service_account, locked_until, created_at, "
                    + "password_must_change, password_expires_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserAccount> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY username")
                .query(UserRepository::account)
                .list();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .param("id", id)
                .query(UserRepository::account)
                .optional();
    }

    Optional<StewardUser> findPrincipal(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = :username")
                .param("username", username)
                .query(UserRepository::principal)
                .optional();
    }

    /** The principal for a password sign-in: service accounts have none. */
    Optional<StewardUser> findPasswordPrincipal(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = :username AND service_account = FALSE")
                .param("username", username)
                .query(UserRepository::principal)
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM users WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    /** A new user with a one-time password that must be changed and expires at {@code expiresAt}. */
    long insert(CreateUserCommand command, String passwordHash, Instant now, Instant expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO users (username, display_name, email, password_hash, role, vendor_id, active,
                                           password_must_change, password_expires_at, created_at, updated_at)
                        VALUES (:username, :displayName, :email, :hash, :role, :vendorId, TRUE, TRUE, :expiresAt, :now, :now)
                        """)
                .param("expiresAt", utc(expiresAt))
                .param("username", command.username())
                .param("displayName", command.displayName())
                .param("email", command.email())
                .param("hash", passwordHash)
                .param("role", command.role().name())
                .param("vendorId", command.vendorId())
                .param("now", utc(now))
                .update(keys, "id");
        Number key = keys.getKeyAs(Number.class);
        if (key == null) {
            throw new IllegalStateException("The database returned no id for the new user");
        }
        return key.longValue();
    }

    void update(long id, UpdateUserCommand command, Instant now) {
        jdbc.sql("""
                        UPDATE users SET display_name = :displayName, role = :role, vendor_id = :vendorId, active = :active,
                               updated_at = :now WHERE id = :id
                        """)
                .param("id", id)
                .param("displayName", command.displayName())
                .param("role", command.role().name())
                .param("vendorId", command.vendorId())
                .param("active", command.active())
                .param("now", utc(now))
                .update();
    }

    /** A password the user chose: no longer one-time, no expiry. */
    void setPasswordHash(long id, String hash, Instant now) {
        jdbc.sql("""
                        UPDATE users SET password_hash = :hash, failed_sign_ins = 0, locked_until = NULL,
                            password_must_change = FALSE, password_expires_at = NULL, updated_at = :now
                        WHERE id = :id
                        """).param("id", id).param("hash", hash).param("now", utc(now)).update();
    }

    /** A one-time password (a reset): must be changed at the next sign-in, and stops working at {@code expiresAt}. */
    void setOneTimePassword(long id, String hash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        UPDATE users SET password_hash = :hash, failed_sign_ins = 0, locked_until = NULL,
                            password_must_change = TRUE, password_expires_at = :expiresAt, updated_at = :now
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("hash", hash)
                .param("now", utc(now))
                .param("expiresAt", utc(expiresAt))
                .update();
    }

    /** Marks an account as a service account: it signs in with API tokens only. */
    void markServiceAccount(long id) {
        jdbc.sql("UPDATE users SET service_account = TRUE WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** True when {@code username} is a service account (no password sign-in). */
    boolean isServiceAccount(String username) {
        return jdbc.sql("SELECT service_account FROM users WHERE username = :username")
                .param("username", username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Clears an account's lock and failure count; false when there is no such user. */
    boolean unlock(String username) {
        return jdbc.sql("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE username = :username")
                        .param("username", username)
                        .update()
                > 0;
    }

    void recordSuccess(String username) {
        jdbc.sql(
                        "UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE username = :username AND failed_sign_ins > 0")
                .param("username", username)
                .update();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("vendor_id", Long.class),
                rs.getBoolean("active"),
                rs.getBoolean("service_account"),
                instant(rs, "locked_until"),
                instant(rs, "created_at"));
    }

    private static StewardUser principal(ResultSet rs, int row) throws SQLException {
        return new StewardUser(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("vendor_id", Long.class),
                        rs.getBoolean("active"),
                        instant(rs, "locked_until"))
                .withPasswordState(rs.getBoolean("password_must_change"), instant(rs, "password_expires_at"));
    }
}
