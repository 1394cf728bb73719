package com.steward.analytics.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one loader of the SQL files of {@code analytics} and their one placeholder syntax, {@code ${name}}: the KPI
 * files ({@link com.steward.analytics.kpi.KpiSql}) and the lake queries ({@link LakeQueries}) both load through it.
 */
public final class SqlFiles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9_]*)}");

    private SqlFiles() {}

    /** The text of {@code file}, a resource beside {@code anchor}'s package. */
    public static String load(Class<?> anchor, String file) {
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "no SQL file " + file + " in " + anchor.getPackageName().replace('.', '/'));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The placeholder names used outside comment lines, in order of first use. */
    public static Set<String> placeholders(String sql) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : sql.split("\n", -1)) {
            if (!isComment(line)) {
                Matcher m = PLACEHOLDER.matcher(line);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /**
     * {@code sql} with every {@code ${name}} outside comment lines replaced by {@code replacement.apply(name)}, in
     * order of appearance (so a replacement may record the order of bound parameters). Comment lines are dropped.
     */
    public static String render(String sql, Function<String, String> replacement) {
        StringBuilder out = new StringBuilder(sql.length());
        for (String line : sql.split("\n", -1)) {
            if (isComment(line)) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.group(1))));
            }
            m.appendTail(out);
            out.append('\n');
        }
        return out.toString();
    }

    private static boolean isComment(String line) {
        return line.stripLeading().startsWith("--");
    }
}
