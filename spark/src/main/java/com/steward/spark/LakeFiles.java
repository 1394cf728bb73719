package com.steward.spark;

import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.LakeMonths;
import com.steward.analytics.lake.Manifest;
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

    /** The manifest's live files under {@code root}, parsed by the lake's one manifest reader ({@link Manifest}). */
    static LakeFiles parse(String root, List<String> lines) {
        String base = stripSlash(root);
        Manifest manifest = Manifest.parse(lines, base + "/" + MANIFEST);
        Map<LakeDataset, List<String>> files = new EnumMap<>(LakeDataset.class);
        for (LakeDataset dataset : LakeDataset.values()) {
            files.put(dataset, new ArrayList<>());
        }
        for (String file : manifest.live()) {
            LakeDataset dataset = LakeDataset.ofFolder(file);
            if (dataset != null) {
                files.get(dataset).add(base + "/" + file);
            }
        }
        files.values().forEach(list -> list.sort(null));
        return new LakeFiles(base, manifest.generation(), files);
    }

    /** Keeps only the files a reader of {@code months} must open: the lake's one pruning rule, {@link LakeMonths#keeps}. */
    LakeFiles prune(LakeMonths months) {
        Map<LakeDataset, List<String>> kept = new EnumMap<>(LakeDataset.class);
        files.forEach((dataset, list) -> kept.put(
                dataset, list.stream().filter(f -> months.keeps(dataset, f)).toList()));
        return new LakeFiles(root, generation, kept);
    }

    private static String stripSlash(String uri) {
        String s = uri;
        while (s.endsWith("/") && !s.endsWith(":/") && !s.endsWith("://")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
