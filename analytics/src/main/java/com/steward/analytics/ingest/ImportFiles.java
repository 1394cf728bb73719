package com.steward.analytics.ingest;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The file side of an import: sniffing a file's kind and header, reading it as text columns, its checksum, and
 * the sandbox a mapping's expressions run in. */
final class ImportFiles {
    private ImportFiles() {}

    /** The header of a CSV eligible for {@link #onePass}; {@code columns} are the file's names, in order;
     * {@code bytes} the header line's length with its newline (of the uncompressed text). */
    record Header(List<String> columns, boolean gzip, long bytes) {}

    /**
     * The header line when the file is a CSV whose header names canonical columns exactly (no BOM, no quotes, no
     * padding, no repeats, every required column present, the line ended by a newline); otherwise {@code null}.
     */
    static Header canonicalHeader(Path file, char delimiter, List<CanonicalColumn> canonical) {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] magic = raw.readNBytes(2);
            boolean gzip = isGzip(magic, magic.length);
            try (InputStream plain = Files.newInputStream(file);
                    InputStream in = gzip ? new GZIPInputStream(plain) : plain) {
                byte[] head = in.readNBytes(MAX_HEADER_BYTES);
                int end = 0;
                while (end < head.length && head[end] != '\n') {
                    end++;
                }
                if (end == head.length) {
                    return null;
                }
                String line =
                        new String(head, 0, end > 0 && head[end - 1] == '\r' ? end - 1 : end, StandardCharsets.UTF_8);
                if (line.isEmpty() || line.charAt(0) == '\uFEFF' || line.indexOf('"') >= 0 || line.indexOf('\r') >= 0) {
                    return null;
                }
                List<String> columns = List.of(line.split(Pattern.quote(String.valueOf(delimiter)), -1));
                Set<String> seen = new HashSet<>();
                for (String column : columns) {
                    boolean canonicalName =
                            canonical.stream().anyMatch(c -> c.name().equals(column));
                    boolean lookalike =
                            canonical.stream().anyMatch(c -> c.name().equalsIgnoreCase(column.strip()));
                    if (column.isEmpty()
                            || !column.equals(column.strip())
                            || !seen.add(column.toLowerCase(Locale.ROOT))
                            || (lookalike && !canonicalName)) {
                        return null;
                    }
                }
                for (CanonicalColumn column : canonical) {
                    if (column.required() && !columns.contains(column.name())) {
                        return null;
                    }
                }
                return new Header(columns, gzip, end + 1);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The file as a DuckDB relation of text columns, read once by {@link ImportChecks#createChecked}; line = rowid + offset.
     *
     * @param relation a table function call reading every column as VARCHAR
     * @param columns the file's column names
     * @param lineOffset added to a record's 0-based position to give its line (2 for CSV: header is line 1)
     */
    record Source(String relation, List<String> columns, int lineOffset) {}

    static Source source(Connection connection, Path file, String fileName, ColumnMapping mapping) throws SQLException {
        byte[] magic = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, "cannot read file: " + e.getMessage(), e);
        }
        String path = Sql.literal(file.toAbsolutePath().toString());
        boolean parquet = read == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1';
        if (parquet) {
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE structural_rejects (line BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR)");
            String relation = "(SELECT COLUMNS(*)::VARCHAR FROM read_parquet(" + path + "))";
            return new Source(relation, columnNames(connection, relation), 1);
        }
        if (read == 0) {
            throw new ImportException(fileName, 0, null, "the file is empty", null);
        }
        if (magic[0] == '{') {
            // JSON lines: one object per line; keys become columns (missing keys NULL, nested objects STRUCTs).
            checkJsonLineLengths(file, fileName);
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE structural_rejects (line BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR)");
            String relation = "read_json(" + path + ", format = 'newline_delimited', records = true,"
                    + " maximum_object_size = " + (MAX_JSON_LINE + 1) + ")";
            return new Source(relation, columnNames(connection, relation), 1);
        }
        boolean gzip = isGzip(magic, read);
        checkHeaderLine(file, fileName, gzip);
        StringBuilder options = new StringBuilder("all_varchar = true, header = true");
        options.append(", compression = ").append(gzip ? "'gzip'" : "'none'");
        if (mapping.delimiter() != null) {
            options.append(", delim = ").append(Sql.literal(String.valueOf(mapping.delimiter())));
        }
        // Sniff the header once without storing rejects; the single full read below stores them.
        List<String> columns = columnNames(connection, "read_csv(" + path + ", " + options + ", ignore_errors = true)");
        return new Source("read_csv(" + path + ", " + options + ", store_rejects = true)", columns, 2);
    }

    /** Longest line of a JSON-lines file, in bytes: a record is a contact, not a document. */
    static final int MAX_JSON_LINE = 1 << 20;

    /**
     * Fails on the first line longer than {@link #MAX_JSON_LINE}, streaming the file in fixed buffers (a 10 MB line
     * costs no more memory than a short one), before DuckDB reads it.
     */
    static void checkJsonLineLengths(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long line = 1;
            long length = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line++;
                        length = 0;
                    } else if (++length > MAX_JSON_LINE) {
                        throw new ImportException(
                                fileName,
                                line,
                                null,
                                "line " + line + " is longer than " + MAX_JSON_LINE / 1024 + " KiB; JSON lines hold"
                                        + " one contact record per line",
                                null);
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** Whether the first {@code read} bytes of a file start with gzip's magic number (RFC 1952: 1f 8b). */
    static boolean isGzip(byte[] magic, int read) {
        return read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    }

    /** Longest header line accepted; a longer one is not an interaction export (and would be costly to sniff). */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    /** Fails fast, before DuckDB sniffs the file, when the first line is absurdly long (e.g. 10^6 columns). */
    static void checkHeaderLine(Path file, String fileName, boolean gzip) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] head = in.readNBytes(MAX_HEADER_BYTES + 1);
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            int pipes = 0;
            for (int i = 0; i < head.length; i++) {
                switch (head[i]) {
                    case '\n', '\r' -> {
                        return;
                    }
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    case '|' -> pipes++;
                    default -> {}
                }
            }
            if (head.length > MAX_HEADER_BYTES) {
                int separators = Math.max(Math.max(commas, semicolons), Math.max(tabs, pipes));
                throw new ImportException(
                        fileName,
                        1,
                        null,
                        "the header line is longer than " + MAX_HEADER_BYTES / 1024 + " KiB (at least "
                                + (separators + 1) + " columns); expected a header naming the interaction columns",
                        null);
            }
        } catch (IOException e) {
            throw new ImportException(fileName, 1, null, "cannot read the header: " + e.getMessage(), e);
        }
    }

    static List<String> columnNames(Connection connection, String relation) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + relation + " LIMIT 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
        }
        return names;
    }

    /**
     * From here on the connection reaches nothing but the file being imported, the rejects file, the lake and the
     * spill folder: no other file, no network, no extension loading or installing, and no setting can be changed
     * back ({@code lock_configuration}). A mapping's expressions run after this.
     */
    static void lockDown(Connection connection, Path file, Path rejectsCsv, Path lakeFolder) throws SQLException {
        List<String> paths = new ArrayList<>();
        paths.add(Sql.literal(file.toAbsolutePath().toString()));
        if (rejectsCsv != null) {
            paths.add(Sql.literal(rejectsCsv.toAbsolutePath().toString()));
        }
        String lakeRoot = lakeFolder.toAbsolutePath() + "/";
        String spill = DuckDb.tempDirectory().toAbsolutePath() + "/";
        DuckDb.execute(connection, "SET allowed_paths = [" + String.join(", ", paths) + "]");
        DuckDb.execute(
                connection, "SET allowed_directories = [" + Sql.literal(lakeRoot) + ", " + Sql.literal(spill) + "]");
        DuckDb.execute(connection, "SET autoinstall_known_extensions = false");
        DuckDb.execute(connection, "SET autoload_known_extensions = false");
        DuckDb.execute(connection, "SET enable_external_access = false");
        DuckDb.execute(connection, "SET lock_configuration = true");
    }

    static String sha256(Path file, long totalBytes, ImportRequest request) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            long done = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                done += n;
                request.progress().accept(new ImportProgress("hashing", 0, done, totalBytes));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + file + ": " + e.getMessage(), e);
        }
    }

    /** DuckDB's error reading a file, shortened to what a person needs: "cannot read the file: …". */
    static String readableDuckDbError(SQLException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage();
        message = message.replaceFirst("^(Invalid Input Error|Conversion Error|IO Error|Binder Error): ", "");
        // A binder error lists every candidate function; the first line says what is wrong.
        int candidates = message.indexOf("\n\tCandidate functions");
        message = candidates > 0 ? message.substring(0, candidates) : message;
        return "cannot read the file: " + (message.length() > 600 ? message.substring(0, 600) + "…" : message);
    }
}
