package com.steward.spark;

import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The live Parquet files of one lake generation, as URIs Spark can read: what the lake's {@code _manifest}
 * names, never a directory listing (retired files of the previous generation stay on disk for a while).
 *
 * @param root the lake root as a URI ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param generation the manifest generation (0 for an empty lake)
 * @param files dataset → absolute file URIs, sorted
 */
public record LakeFiles(String root, long generation, Map<LakeDataset, List<String>> files) {
    static final String MANIFEST = "_manifest";
    private static final String HEADER = "steward-lake-manifest 1";

    public LakeFiles {
        root = stripSlash(root);
        Map<LakeDataset, List<String>> copy = new EnumMap<>(LakeDataset.class);
        for (LakeDataset dataset : LakeDataset.values()) {
            copy.put(dataset, List.copyOf(files.getOrDefault(dataset, List.of())));
        }
        files = Map.copyOf(copy);
    }

    public List<String> files(LakeDataset dataset) {
        return files.get(dataset);
    }

    /** The current generation of a lake on the local file system. */
    public static LakeFiles of(Lake lake) {
        var snapshot = lake.snapshot();
        Map<LakeDataset, List<String>> files = new EnumMap<>(LakeDataset.class);
        for (LakeDataset dataset : LakeDataset.values()) {
            files.put(
                    dataset,
                    snapshot.files(dataset).stream()
                            .map(p -> p.toUri().toString())
                            .toList());
        }
        return new LakeFiles(lake.root().toUri().toString(), snapshot.generation(), files);
    }

    /**
     * The current generation of the lake at {@code uri}, read through Hadoop's {@link FileSystem} (so any
     * scheme the cluster has a connector for works). A local path without a scheme is taken as a file path.
     */
    public static LakeFiles read(String uri, Configuration conf) {
        String root = stripSlash(
                uri.contains(":/") ? uri : Path.of(uri).toAbsolutePath().toUri().toString());
        org.apache.hadoop.fs.Path manifest = new org.apache.hadoop.fs.Path(root + "/" + MANIFEST);
        List<String> lines = new ArrayList<>();
        try {
            FileSystem fs = FileSystem.get(URI.create(root), conf);
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(fs.open(manifest), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            }
        } catch (FileNotFoundException e) {
            return new LakeFiles(root, 0, Map.of());
        } catch (IOException e) {
            throw new LakeException("cannot read lake manifest " + manifest + ": " + e.getMessage(), e);
        }
        return parse(root, lines);
    }

    /** Parses the manifest format of {@code analytics}' lake (see its package documentation). */
    static LakeFiles parse(String root, List<String> lines) {
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw new LakeException("not a lake manifest under " + root);
        }
        long generation = 0;
        Map<LakeDataset, List<String>> files = new EnumMap<>(LakeDataset.class);
        for (LakeDataset dataset : LakeDataset.values()) {
            files.put(dataset, new ArrayList<>());
        }
        String base = stripSlash(root);
        for (String line : lines.subList(1, lines.size())) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String value = line.substring(space + 1);
            switch (line.substring(0, space)) {
                case "generation" -> generation = Long.parseLong(value);
                case "live" -> {
                    for (LakeDataset dataset : LakeDataset.values()) {
                        if (value.startsWith(dataset.folder() + "/")) {
                            files.get(dataset).add(base + "/" + value);
                        }
                    }
                }
                default -> {}
            }
        }
        files.values().forEach(list -> list.sort(null));
        return new LakeFiles(base, generation, files);
    }

    /**
     * Keeps only files whose {@code month=YYYY-MM} partition lies within {@code first}…{@code last}; the feeds
     * joined by interaction are kept whole (their month is the answer's, not the contact's).
     */
    LakeFiles pruneMonths(String first, String last) {
        Map<LakeDataset, List<String>> kept = new EnumMap<>(LakeDataset.class);
        files.forEach((dataset, list) -> kept.put(
                dataset,
                list.stream()
                        .filter(f -> {
                            if (dataset.joinedByInteraction()) {
                                return true;
                            }
                            String month = monthOf(f);
                            return month == null || (month.compareTo(first) >= 0 && month.compareTo(last) <= 0);
                        })
                        .toList()));
        return new LakeFiles(root, generation, kept);
    }

    private static String monthOf(String file) {
        for (String part : file.split("/")) {
            if (part.startsWith("month=")) {
                return part.substring(6);
            }
        }
        return null;
    }

    private static String stripSlash(String uri) {
        String s = uri;
        while (s.endsWith("/") && !s.endsWith(":/") && !s.endsWith("://")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
