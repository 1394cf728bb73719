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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generation pointer: the live files (relative to the root), the files retired last commit, and the generation
 * at which each partition folder last changed. The one reader of the {@code _manifest} format: the local lake reads
 * it from disk, the Spark module from any Hadoop file system through {@link #parse}.
 *
 * <p>Format (one entry a line; readers ignore lines they do not know): {@code steward-lake-manifest 1},
 * {@code generation <n>}, {@code live <file>}, {@code retired <file>}, {@code partition <n> <folder>}. Manifests
 * written before partition lines existed read fine: each partition without a line counts as changed at the
 * manifest's generation (so a cache keyed by partition generations recomputes them once).
 *
 * @param partitions partition folder (e.g. {@code interactions/handled_by=acme/month=2026-01}) → generation of its
 *     last change, for every folder holding a live file
 */
public record Manifest(long generation, Set<String> live, Set<String> retired, Map<String, Long> partitions) {
    static final String FILE = "_manifest";
    private static final String HEADER = "steward-lake-manifest 1";

    public Manifest {
        live = Set.copyOf(new LinkedHashSet<>(live));
        retired = Set.copyOf(new LinkedHashSet<>(retired));
        Map<String, Long> complete = new HashMap<>();
        for (String file : live) {
            String folder = folderOf(file);
            complete.put(folder, partitions.getOrDefault(folder, generation));
        }
        partitions = Map.copyOf(complete);
    }

    static Manifest empty() {
        return new Manifest(0, Set.of(), Set.of(), Map.of());
    }

    static Manifest read(Path root) {
        try {
            return parse(
                    Files.readAllLines(root.resolve(FILE), StandardCharsets.UTF_8),
                    root.resolve(FILE).toString());
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException e) {
            throw new LakeException("cannot read lake manifest: " + e.getMessage(), e);
        }
    }

    /** Parses the lines of a manifest; {@code where} names it in the error for a file that is not one. */
    public static Manifest parse(List<String> lines, String where) {
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw new LakeException("not a lake manifest: " + where);
        }
        long generation = 0;
        Set<String> live = new LinkedHashSet<>();
        Set<String> retired = new LinkedHashSet<>();
        Map<String, Long> partitions = new HashMap<>();
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
                case "partition" -> {
                    int second = value.indexOf(' ');
                    partitions.put(value.substring(second + 1), Long.parseLong(value.substring(0, second)));
                }
                default -> {}
            }
        }
        return new Manifest(generation, live, retired, partitions);
    }

    /**
     * The next generation: these live files minus {@code replaced} plus {@code added}; every folder that gained or
     * lost a file changed at {@code next}, the others keep their generation.
     */
    Manifest next(long next, Set<String> replaced, List<String> added) {
        Set<String> nextLive = new HashSet<>(live);
        nextLive.removeAll(replaced);
        nextLive.addAll(added);
        Map<String, Long> nextPartitions = new HashMap<>(partitions);
        replaced.forEach(f -> nextPartitions.put(folderOf(f), next));
        added.forEach(f -> nextPartitions.put(folderOf(f), next));
        return new Manifest(next, nextLive, replaced, nextPartitions);
    }

    /** The folder of a lake-relative file name. */
    static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    /** Writes {@code _manifest.tmp}, forces it to disk and renames it over {@code _manifest} atomically. */
    void publish(Path root) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("generation " + generation);
        live.stream().sorted().forEach(f -> lines.add("live " + f));
        retired.stream().sorted().forEach(f -> lines.add("retired " + f));
        new TreeMap<>(partitions).forEach((folder, g) -> lines.add("partition " + g + " " + folder));
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
