package com.steward.analytics.lake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;

/** Opens in-process DuckDB connections configured the way the analytics features expect. */
public final class DuckDb {
    private DuckDb() {}

    /** A new in-memory DuckDB connection whose session time zone is {@code zone}. */
    public static Connection open(ZoneId zone) {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TimeZone = " + Sql.literal(zone.getId()));
                statement.execute("SET preserve_insertion_order = true");
            }
            return connection;
        } catch (ClassNotFoundException | SQLException e) {
            throw new LakeException("cannot open DuckDB: " + e.getMessage(), e);
        }
    }

    /** Runs one statement on a fresh {@link Statement} (DuckDB statements are unusable after an error). */
    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a query returning a single number. */
    public static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
