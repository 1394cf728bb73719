package com.steward.app.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Column helpers the review repositories share: instants kept as UTC timestamps, nullable ids. */
final class ReviewSql {

    private ReviewSql() {}

    /** The generated id of the row just inserted. */
    static long key(GeneratedKeyHolder keys) {
        Number key = keys.getKeyAs(Number.class);
        if (key == null) {
            throw new IllegalStateException("the database returned no generated id");
        }
        return key.longValue();
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** Like {@link #instant}, for a NOT NULL column. */
    static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
