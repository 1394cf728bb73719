package com.steward.analytics.lake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Opens in-process DuckDB connections configured the way the analytics features expect.
 *
 * <p>Every connection is its own in-memory database whose buffer manager is bounded by {@link #memoryLimit()} and
 * which spills to {@link #tempDirectory()} beyond it. Without the bound DuckDB takes 80 % of the machine's RAM per
 * database, and a 100M-contact sort or window then grows until the machine has none left.
 */
public final class DuckDb {
    /** System property (or environment variable {@code STEWARD_DUCKDB_MEMORY_LIMIT}) with DuckDB's memory limit. */
    public static final String MEMORY_LIMIT_PROPERTY = "steward.duckdb.memory-limit";
    /** System property (or {@code STEWARD_DUCKDB_TEMP_DIRECTORY}) naming the folder DuckDB spills to. */
    public static final String TEMP_DIRECTORY_PROPERTY = "steward.duckdb.temp-directory";
    /** System property (or {@code STEWARD_DUCKDB_THREADS}) with DuckDB's worker threads; default all cores. */
    public static final String THREADS_PROPERTY = "steward.duckdb.threads";

    static final String DEFAULT_MEMORY_LIMIT = "3GB";

    private DuckDb() {}

    /** A new in-memory DuckDB connection whose session time zone is {@code zone}. */
    public static Connection open(ZoneId zone) {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TimeZone = " + Sql.literal(zone.getId()));
                statement.execute("SET preserve_insertion_order = true");
                statement.execute("SET memory_limit = " + Sql.literal(memoryLimit()));
                statement.execute("SET temp_directory = "
                        + Sql.literal(tempDirectory().toAbsolutePath().toString()));
                String threads = setting(THREADS_PROPERTY, null);
                if (threads != null) {
                    statement.execute("SET threads = " + Integer.parseInt(threads.strip()));
                }
            }
            return connection;
        } catch (ClassNotFoundException | SQLException | NumberFormatException e) {
            throw new LakeException("cannot open DuckDB: " + e.getMessage(), e);
        }
    }

    /** DuckDB's memory limit per connection, e.g. {@code 3GB}; configured or {@value #DEFAULT_MEMORY_LIMIT}. */
    public static String memoryLimit() {
        return setting(MEMORY_LIMIT_PROPERTY, DEFAULT_MEMORY_LIMIT);
    }

    /** Where DuckDB spills when a query needs more than {@link #memoryLimit()}. */
    public static Path tempDirectory() {
        return Path.of(setting(
                TEMP_DIRECTORY_PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "steward-duckdb").toString()));
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(
                    property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
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
