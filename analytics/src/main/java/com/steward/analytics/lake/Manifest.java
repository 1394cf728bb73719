package com.steward.analytics.lake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The generation pointer: the list of live files (relative to the root) and of files retired last commit. */
record Manifest(long generation, Set<String> live, Set<String> retired) {
    static final String FILE = "_manifest";
    private static final String HEADER = "steward-lake-manifest 1";

    Manifest {
        live = Set.copyOf(new LinkedHashSet<>(live));
        retired = Set.copyOf(new LinkedHashSet<>(retired));
    }

    static Manifest empty() {
        return new Manifest(0, Set.of(), Set.of());
    }

    static Manifest read(Path root) {
        try {
            List<String> lines = Files.readAllLines(root.resolve(FILE), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
                throw new LakeException("not a lake manifest: " + root.resolve(FILE));
            }
            long generation = 0;
            Set<String> live = new LinkedHashSet<>();
            Set<String> retired = new LinkedHashSet<>();
            for (String line : lines.subList(1, lines.size())) {
                int space = line.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                String value = line.substring(space + 1);
                switch (line.substring(0, space)) {
                    case "generation" -> generation = Long.parseLong(value);
                    case "live" -> live.add(value);
                    case "retired" -> retired.add(value);
                    default -> {}
                }
            }
            return new Manifest(generation, live, retired);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException e) {
            throw new LakeException("cannot read lake manifest: " + e.getMessage(), e);
        }
    }

    /** Writes {@code _manifest.tmp}, forces it to disk and renames it over {@code _manifest} atomically. */
    void publish(Path root) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("generation " + generation);
        live.stream().sorted().forEach(f -> lines.add("live " + f));
        retired.stream().sorted().forEach(f -> lines.add("retired " + f));
        Path tmp = root.resolve(FILE + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        force(tmp);
        Files.move(tmp, root.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(root);
    }

    static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Directories cannot be opened for fsync on every platform; the rename is still atomic.
        }
    }
}
