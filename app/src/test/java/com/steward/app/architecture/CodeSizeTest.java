package com.steward.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.LineNumberInfo;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the application's services slim (docs/architecture.md, "Size rules"): no source file in {@code app} over
 * {@value #MAX_FILE_LINES} lines and no method over {@value #MAX_METHOD_LINES}. A method's length is the span of the
 * source lines its byte code was compiled from (the class file's line number table), so comments and blank lines
 * inside it count, as a reader sees them. The few known exceptions are listed with their size in
 * {@code architecture/size-exceptions.txt}: an exception may shrink but never grow, and an entry that is no longer
 * needed fails the test, so the list only gets shorter.
 */
class CodeSizeTest {

    static final int MAX_FILE_LINES = 500;
    static final int MAX_METHOD_LINES = 60;
    private static final int ACC_SYNTHETIC = 0x1000;

    @Test
    void noSourceFileOrMethodIsLongerThanTheRuleAllowsExceptTheListedOnesWhichOnlyShrink() throws Exception {
        Map<String, Integer> measured = new TreeMap<>();
        measured.putAll(longFiles(Path.of("src/main/java")));
        measured.putAll(longMethods(classesDirectory()));
        Map<String, Integer> allowed = exceptions();

        List<String> problems = new ArrayList<>();
        measured.forEach((what, lines) -> {
            Integer limit = allowed.get(what);
            if (limit == null) {
                problems.add(what + " has " + lines + " lines (limit " + limitFor(what) + ")");
            } else if (lines > limit) {
                problems.add(what + " grew to " + lines + " lines (listed exception: " + limit + ")");
            }
        });
        allowed.keySet().stream()
                .filter(what -> !measured.containsKey(what))
                .forEach(what -> problems.add(what + " is within the limit now: remove it from size-exceptions.txt"));
        assertThat(problems).as("size rule of docs/architecture.md").isEmpty();
    }

    @Test
    void theMeasureSeesLongMethodsAndFiles() throws Exception {
        // The measure itself: this test class's own longest method is short, and a file measured as lines is.
        Map<String, Integer> files = longFiles(Path.of("src/test/java/com/steward/app/architecture"));
        assertThat(files).isEmpty();
        assertThat(methodSpan(
                        model(CodeSizeTest.class),
                        "noSourceFileOrMethodIsLongerThanTheRuleAllowsExceptTheListedOnesWhichOnlyShrink"))
                .isBetween(15, MAX_METHOD_LINES);
    }

    private static String limitFor(String what) {
        return what.endsWith(".java") ? String.valueOf(MAX_FILE_LINES) : String.valueOf(MAX_METHOD_LINES);
    }

    static Map<String, Integer> longFiles(Path sources) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
                if (lines > MAX_FILE_LINES) {
                    out.put(sources.relativize(file).toString().replace('\\', '/'), lines);
                }
            }
        }
        return out;
    }

    static Map<String, Integer> longMethods(Path classes) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                ClassModel model = ClassFile.of().parse(file);
                for (MethodModel method : model.methods()) {
                    int span = span(method);
                    if (span > MAX_METHOD_LINES) {
                        String name = model.thisClass().asInternalName() + "."
                                + method.methodName().stringValue();
                        out.merge(name, span, Math::max);
                    }
                }
            }
        }
        return out;
    }

    private static int methodSpan(ClassModel model, String name) {
        return model.methods().stream()
                .filter(m -> m.methodName().stringValue().equals(name))
                .mapToInt(CodeSizeTest::span)
                .max()
                .orElseThrow();
    }

    /** Source lines from the method's first to its last line of byte code; 0 for synthetic (lambda) or abstract. */
    private static int span(MethodModel method) {
        if ((method.flags().flagsMask() & ACC_SYNTHETIC) != 0) {
            return 0;
        }
        return method.findAttribute(Attributes.code())
                .flatMap(code -> code.findAttribute(Attributes.lineNumberTable()))
                .map(table -> {
                    int first = table.lineNumbers().stream()
                            .mapToInt(LineNumberInfo::lineNumber)
                            .min()
                            .orElse(0);
                    int last = table.lineNumbers().stream()
                            .mapToInt(LineNumberInfo::lineNumber)
                            .max()
                            .orElse(-1);
                    return last - first + 1;
                })
                .orElse(0);
    }

    private static ClassModel model(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return ClassFile.of().parse(in.readAllBytes());
        }
    }

    private static Path classesDirectory() throws URISyntaxException {
        return Path.of(
                Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Map<String, Integer> exceptions() throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (InputStream in = CodeSizeTest.class.getResourceAsStream("/architecture/size-exceptions.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+");
                out.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return out;
    }
}
