package com.steward.app.users;

import static com.steward.app.database.SqlValues.instant;
import static com.steward.app.database.SqlValues.utc;

import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.security.TokenIdentity;
import com.steward.app.security.TokenScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to {@code security_api_tokens}: tokens are found by the SHA-256 of their secret, never by the secret. */
@Repository
class ApiTokenRepository {

    private static final String SELECT = """
            SELECT t.id, u.username, u.service_account, t.name, t.token_prefix, t.scope, t.created_by, t.created_at,
                   t.expires_at, t.last_used_at, t.revoked_at
            FROM security_api_tokens t JOIN users u ON u.id = t.user_id
            """;

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token's record; {@code hash} is the SHA-256 of its secret. */
    record NewToken(long userId, String name, String prefix, String hash, TokenScope scope, String createdBy) {}

    long insert(NewToken token, Instant now, Instant expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO security_api_tokens
                            (user_id, name, token_prefix, token_hash, scope, created_by, created_at, expires_at)
                        VALUES (:userId, :name, :prefix, :hash, :scope, :createdBy, :now, :expiresAt)
                        """)
                .param("userId", token.userId())
                .param("name", token.name())
                .param("prefix", token.prefix())
                .param("hash", token.hash())
                .param("scope", token.scope().name())
                .param("createdBy", token.createdBy())
                .param("now", utc(now))
                .param("expiresAt", utc(expiresAt))
                .update(keys, "id");
        Number key = keys.getKeyAs(Number.class);
        if (key == null) {
            throw new IllegalStateException("The database returned no id for the new token");
        }
        return key.longValue();
    }

    List<ApiToken> findAll() {
        return jdbc.sql(SELECT + " ORDER BY t.created_at DESC, t.id DESC")
                .query(ApiTokenRepository::token)
                .list();
    }

    Optional<ApiToken> findById(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id")
                .param("id", id)
                .query(ApiTokenRepository::token)
                .optional();
    }

    /** The live token with this hash (not revoked, not expired, its owner active), as its owner capped by scope. */
    Optional<TokenIdentity> findLive(String hash, Instant now) {
        return jdbc.sql("""
                        SELECT t.id, t.scope, u.id AS user_id, u.username, u.display_name, u.role, u.vendor_id
                        FROM security_api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.active = TRUE
                        """)
                .param("hash", hash)
                .param("now", utc(now))
                .query(ApiTokenRepository::identity)
                .optional();
    }

    /** Records a use; written at most once a minute per token so that busy clients do not write on every call. */
    void touch(long id, Instant now) {
        jdbc.sql("""
                        UPDATE security_api_tokens SET last_used_at = :now
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :minuteAgo)
                        """)
                .param("id", id)
                .param("now", utc(now))
                .param("minuteAgo", utc(now.minusSeconds(60)))
                .update();
    }

    /** Revokes a token; false when it was already revoked (or does not exist). */
    boolean revoke(long id, Instant now) {
        return jdbc.sql("UPDATE security_api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                        .param("id", id)
                        .param("now", utc(now))
                        .update()
                > 0;
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getBoolean("service_account"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                TokenScope.valueOf(rs.getString("scope")),
                rs.getString("created_by"),
                required(rs, "created_at"),
                required(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant required(ResultSet rs, String column) throws SQLException {
        Instant value = instant(rs, column);
        if (value == null) {
            throw new SQLException(column + " is NULL in security_api_tokens");
        }
        return value;
    }

    private static TokenIdentity identity(ResultSet rs, int row) throws SQLException {
        TokenScope scope = TokenScope.valueOf(rs.getString("scope"));
        Role owner = Role.valueOf(rs.getString("role"));
        StewardUser actingAs = new StewardUser(
                rs.getLong("user_id"),
                rs.getString("username"),
                rs.getString("display_name"),
                "",
                scope.actingRole(owner),
                rs.getObject("vendor_id", Long.class),
                true,
                null);
        return new TokenIdentity(actingAs, scope, rs.getLong("id"));
    }
}
