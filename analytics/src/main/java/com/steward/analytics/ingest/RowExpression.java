package com.steward.analytics.ingest;

import com.steward.analytics.lake.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping's SQL expression over one row of a file ({@code expr.<column>=...} or {@code filter=...}), checked to be
 * scalar and to read nothing but the row.
 *
 * <p>Two independent checks, both allow-lists: a tokenizer refuses a second statement, comments, parameters and
 * statement keywords ({@code SELECT}, {@code COPY}, {@code ATTACH}, {@code SET}, ...); then DuckDB's own parser
 * ({@code json_serialize_sql}) turns {@code SELECT <expression>} into a syntax tree, which must be a single
 * select item with no {@code FROM}, and every node of which must be of an allowed kind (column, constant, cast,
 * {@code CASE}, comparison, ...), every function one of {@link #FUNCTIONS} (string, number, time, JSON and
 * null-handling functions; no table functions, no file, network, environment or settings access, no aggregates
 * or windows). The import's DuckDB connection is locked down as well (see {@code Importer}), so an expression
 * that slipped past both checks could still reach nothing but the uploaded file.
 *
 * @param sql the expression as written
 * @param columns the file columns it reads (the first name of each column reference, as written)
 */
record RowExpression(String sql, Set<String> columns) {

    /** Longest expression accepted, in characters. */
    static final int MAX_LENGTH = 4000;

    /** Scalar functions and operators an expression may call (lower case, as DuckDB's parser names them). */
    static final Set<String> FUNCTIONS = Set.of(
            // operators
            "+",
            "-",
            "*",
            "/",
            "//",
            "%",
            "^",
            "**",
            "||",
            "~~",
            "!~~",
            "~~*",
            "!~~*",
            "->",
            "->>",
            "@",
            "&",
            "|",
            // null handling and conditionals
            "coalesce",
            "nullif",
            "ifnull",
            "if",
            "greatest",
            "least",
            "try",
            // text
            "lower",
            "upper",
            "lcase",
            "ucase",
            "trim",
            "ltrim",
            "rtrim",
            "substr",
            "substring",
            "left",
            "right",
            "length",
            "strlen",
            "char_length",
            "concat",
            "concat_ws",
            "replace",
            "translate",
            "reverse",
            "repeat",
            "lpad",
            "rpad",
            "split_part",
            "string_split",
            "str_split",
            "starts_with",
            "ends_with",
            "prefix",
            "suffix",
            "contains",
            "position",
            "strpos",
            "instr",
            "regexp_replace",
            "regexp_extract",
            "regexp_matches",
            "regexp_full_match",
            "strip_accents",
            "format",
            "printf",
            "md5",
            "hash",
            "ascii",
            "chr",
            "nfc_normalize",
            "list_element",
            "list_extract",
            "array_extract",
            "array_slice",
            "list_slice",
            "len",
            "array_length",
            "list_value",
            "struct_extract",
            "struct_pack",
            "row",
            // numbers
            "abs",
            "round",
            "floor",
            "ceil",
            "ceiling",
            "trunc",
            "sign",
            "mod",
            "sqrt",
            "power",
            "pow",
            "ln",
            "log",
            "log10",
            "isnan",
            "isfinite",
            "isinf",
            // time
            "strptime",
            "try_strptime",
            "strftime",
            "make_date",
            "make_time",
            "make_timestamp",
            "make_timestamptz",
            "to_timestamp",
            "epoch",
            "epoch_ms",
            "epoch_us",
            "date_part",
            "datepart",
            "date_trunc",
            "datetrunc",
            "date_diff",
            "datediff",
            "date_sub",
            "datesub",
            "date_add",
            "timezone",
            "age",
            "to_seconds",
            "to_minutes",
            "to_hours",
            "to_days",
            "to_milliseconds",
            "extract",
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "dayofweek",
            "isodow",
            "last_day",
            "time_bucket",
            // JSON held in a column
            "json_extract",
            "json_extract_string",
            "json_extract_path",
            "json_extract_path_text",
            "json_value",
            "json_exists",
            "json_type",
            "json_valid",
            "json_array_length");

    /** Syntax-tree node classes an expression may contain. */
    private static final Set<String> NODE_CLASSES = Set.of(
            "COLUMN_REF",
            "CONSTANT",
            "FUNCTION",
            "OPERATOR",
            "COMPARISON",
            "CONJUNCTION",
            "CASE",
            "CAST",
            "BETWEEN",
            "TYPE");

    /** Operator node types an expression may contain (IN lists, IS NULL, NOT, try(), subscripts). */
    private static final Set<String> OPERATOR_TYPES = Set.of(
            "OPERATOR_NOT",
            "OPERATOR_IS_NULL",
            "OPERATOR_IS_NOT_NULL",
            "COMPARE_IN",
            "COMPARE_NOT_IN",
            "OPERATOR_TRY",
            "OPERATOR_COALESCE",
            "OPERATOR_NULLIF",
            "ARRAY_EXTRACT",
            "ARRAY_SLICE",
            "STRUCT_EXTRACT");

    /** Words that only statements use: refused outside quotes, before the parser sees the text. */
    private static final Set<String> STATEMENT_WORDS = Set.of(
            "select",
            "copy",
            "attach",
            "detach",
            "set",
            "reset",
            "pragma",
            "install",
            "load",
            "call",
            "create",
            "drop",
            "alter",
            "insert",
            "update",
            "delete",
            "export",
            "import",
            "with",
            "union",
            "except",
            "intersect",
            "execute",
            "prepare",
            "use",
            "checkpoint",
            "vacuum",
            "describe",
            "summarize",
            "show",
            "begin",
            "commit",
            "rollback",
            "over",
            "window",
            "lambda",
            "unpivot",
            "pivot");

    /**
     * Checks {@code sql} and returns it with the columns it reads; throws {@link IllegalArgumentException} with the
     * reason (a sentence a person can act on) when it is not a scalar expression over the row.
     */
    static RowExpression parse(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("the expression is empty");
        }
        if (sql.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the expression is longer than " + MAX_LENGTH + " characters");
        }
        scan(sql);
        Map<?, ?> tree = tree(sql);
        Set<String> columns = new TreeSet<>();
        walk(tree, columns);
        return new RowExpression(sql, Set.copyOf(columns));
    }

    /**
     * The tokenizer check: quotes balanced, parentheses balanced and never closed before opened, and outside quotes
     * no {@code ;}, comment, parameter ({@code ?}, {@code $}) or statement word.
     */
    private static void scan(String sql) {
        int depth = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (true) {
                    end = sql.indexOf(c, end);
                    if (end < 0) {
                        throw new IllegalArgumentException("a quote " + c + " is not closed");
                    }
                    if (end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                        end += 2; // a doubled quote inside the literal
                        continue;
                    }
                    break;
                }
                i = end + 1;
                continue;
            }
            if (c == ';') {
                throw new IllegalArgumentException("';' is not allowed: an expression is not a statement");
            }
            if ((c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-')
                    || (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*')) {
                throw new IllegalArgumentException("comments are not allowed in an expression");
            }
            if (c == '?' || c == '$') {
                throw new IllegalArgumentException("'" + c + "' (a parameter or dollar quote) is not allowed");
            }
            if (c == '\0') {
                throw new IllegalArgumentException("a NUL character is not allowed");
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                throw new IllegalArgumentException("')' closes a parenthesis that was not opened");
            }
            if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String word = sql.substring(i, end).toLowerCase(Locale.ROOT);
                if (STATEMENT_WORDS.contains(word)) {
                    throw new IllegalArgumentException("'" + word.toUpperCase(Locale.ROOT)
                            + "' is not allowed: an expression reads one row (quote a column of that name: \""
                            + sql.substring(i, end) + "\")");
                }
                i = end;
                continue;
            }
            i++;
        }
        if (depth != 0) {
            throw new IllegalArgumentException("a parenthesis is not closed");
        }
    }

    /** DuckDB's syntax tree of {@code SELECT <sql>}: its one select item, after the statement-level checks. */
    private static Map<?, ?> tree(String sql) {
        String json;
        synchronized (RowExpression.class) {
            try (Statement statement = parser().createStatement();
                    ResultSet rs =
                            statement.executeQuery("SELECT json_serialize_sql(" + Sql.literal("SELECT " + sql) + ")")) {
                rs.next();
                json = rs.getString(1);
            } catch (SQLException e) {
                throw new IllegalArgumentException("cannot be parsed: " + e.getMessage(), e);
            }
        }
        Map<?, ?> root = (Map<?, ?>) Json.parse(json);
        if (Boolean.TRUE.equals(root.get("error"))) {
            Object message = root.get("error_message");
            throw new IllegalArgumentException("not valid SQL: " + message);
        }
        List<?> statements = (List<?>) root.get("statements");
        if (statements == null || statements.size() != 1) {
            throw new IllegalArgumentException("one expression only");
        }
        Map<?, ?> node = (Map<?, ?>) ((Map<?, ?>) statements.getFirst()).get("node");
        if (!"SELECT_NODE".equals(node.get("type"))
                || !"EMPTY".equals(((Map<?, ?>) node.get("from_table")).get("type"))
                || node.get("where_clause") != null
                || node.get("having") != null
                || node.get("qualify") != null
                || node.get("sample") != null
                || !((List<?>) node.get("modifiers")).isEmpty()
                || !((List<?>) node.get("group_expressions")).isEmpty()
                || !((List<?>) ((Map<?, ?>) node.get("cte_map")).get("map")).isEmpty()) {
            throw new IllegalArgumentException("only an expression over the row is allowed (no query clauses)");
        }
        List<?> items = (List<?>) node.get("select_list");
        if (items.size() != 1) {
            throw new IllegalArgumentException("one expression only (a top-level ',' makes two)");
        }
        return (Map<?, ?>) items.getFirst();
    }

    /** Every node of the tree, depth first: refuses the first one not on the allow-lists; collects columns. */
    private static void walk(Object value, Set<String> columns) {
        if (value instanceof List<?> list) {
            list.forEach(v -> walk(v, columns));
            return;
        }
        if (!(value instanceof Map<?, ?> node)) {
            return;
        }
        Object nodeClass = node.get("class");
        if (nodeClass != null) {
            String kind = String.valueOf(nodeClass);
            if (!NODE_CLASSES.contains(kind)) {
                throw new IllegalArgumentException(
                        switch (kind) {
                            case "SUBQUERY" -> "subqueries are not allowed: an expression reads one row";
                            case "WINDOW" -> "window functions are not allowed: an expression reads one row";
                            case "STAR", "COLUMNS" -> "* and COLUMNS(...) are not allowed: name the columns";
                            case "PARAMETER" -> "parameters are not allowed";
                            case "LAMBDA" -> "lambdas are not allowed";
                            default ->
                                kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " is not allowed in an expression";
                        });
            }
            switch (kind) {
                case "COLUMN_REF" -> {
                    List<?> names = (List<?>) node.get("column_names");
                    columns.add(String.valueOf(names.getFirst()));
                }
                case "FUNCTION" -> function(node);
                case "OPERATOR" -> {
                    if (!OPERATOR_TYPES.contains(String.valueOf(node.get("type")))) {
                        throw new IllegalArgumentException("the operator " + node.get("type") + " is not allowed");
                    }
                }
                default -> {}
            }
        }
        for (Map.Entry<?, ?> entry : node.entrySet()) {
            walk(entry.getValue(), columns);
        }
    }

    private static void function(Map<?, ?> node) {
        String name = String.valueOf(node.get("function_name")).toLowerCase(Locale.ROOT);
        boolean qualified = !"".equals(node.get("schema")) || !"".equals(node.get("catalog"));
        if (qualified || !FUNCTIONS.contains(name)) {
            throw new IllegalArgumentException("the function " + name + "() is not allowed in an expression"
                    + " (allowed: scalar text, number, time, JSON and null-handling functions; see docs/data.md)");
        }
        Object orders = ((Map<?, ?>) node.get("order_bys")).get("orders");
        if (node.get("filter") != null
                || Boolean.TRUE.equals(node.get("distinct"))
                || Boolean.TRUE.equals(node.get("export_state"))
                || !((List<?>) orders).isEmpty()) {
            throw new IllegalArgumentException(name + "() is used as an aggregate; an expression reads one row");
        }
    }

    private static Connection parser;

    /** A private in-memory DuckDB that only parses: no file system, no extensions, configuration locked. */
    private static Connection parser() throws SQLException {
        if (parser == null || parser.isClosed()) {
            try {
                Class.forName("org.duckdb.DuckDBDriver");
            } catch (ClassNotFoundException e) {
                throw new SQLException(e);
            }
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET autoinstall_known_extensions = false");
                statement.execute("SET autoload_known_extensions = false");
                statement.execute("SET enable_external_access = false");
                statement.execute("SET lock_configuration = true");
            }
            parser = connection;
        }
        return parser;
    }
}
