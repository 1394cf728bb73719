package com.steward.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Source-level rules of docs/architecture.md that the compiled classes cannot show. */
class SourceRulesTest {

    /** A JDK type written with its package inside code, e.g. {@code java.util.concurrent.ConcurrentHashMap}. */
    static final Pattern INLINE_JDK_NAME =
            Pattern.compile("(?<![\\w.@\"])(?:java|javax)\\.(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*");

    @Test
    void codeNamesJdkTypesThroughImportsNotInlineQualifiedNames() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(
                Path.of("src/main/java"), Path.of("../core/src/main/java"), Path.of("../analytics/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    found.addAll(inlineNames(file));
                }
            }
        }
        assertThat(found).as("inline qualified JDK names (use an import)").isEmpty();
    }

    @Test
    void theRuleSeesAnInlineNameAndIgnoresImportsCommentsAndStrings() {
        assertThat(inlineNames(List.of(
                        "import java.util.List;",
                        " * see {@link java.util.List}",
                        "// java.util.Map is fine in a comment",
                        "String s = \"java.util.Set\";",
                        "var m = new java.util.HashMap<String, String>();")))
                .containsExactly("line 5: java.util.HashMap");
    }

    private static List<String> inlineNames(Path file) throws IOException {
        return inlineNames(Files.readAllLines(file, StandardCharsets.UTF_8)).stream()
                .map(hit -> file + " " + hit)
                .toList();
    }

    static List<String> inlineNames(List<String> lines) {
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("import ")
                    || line.startsWith("package ")
                    || line.startsWith("*")
                    || line.startsWith("//")
                    || line.startsWith("/*")) {
                continue;
            }
            String code = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*$", "");
            var matcher = INLINE_JDK_NAME.matcher(code);
            while (matcher.find()) {
                hits.add("line " + (i + 1) + ": " + matcher.group());
            }
        }
        return hits;
    }
}
