package com.steward.app.cli;

import com.steward.analytics.bench.ImportBench;
import com.steward.analytics.ingest.MappingPresets;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.MappingEditor;
import com.steward.app.ingest.MappingPreview;
import com.steward.app.ingest.MappingSample;
import com.steward.app.ingest.MappingSamples;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code steward bench mapping-preview}: the mapping editor's preview (issue target: ≤ 1 s on a 1 MB sample). Writes
 * a foreign ACD log of about {@code --size} bytes, keeps it as an editor sample, and times {@link MappingEditor#preview}
 * (the code behind the editor's page and {@code mapping test}) with a preset's expressions and filter: first 20 rows
 * plus the whole sample validated. Prints the median and the slowest run.
 */
@Command(
        name = "mapping-preview",
        mixinStandardHelpOptions = true,
        description = "Time the mapping editor's live preview on a generated sample of a foreign export.")
class BenchMappingPreview implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Option(
            names = "--size",
            defaultValue = "1048576",
            paramLabel = "BYTES",
            description = "Approximate sample size in bytes (default ${DEFAULT-VALUE}).")
    long size;

    @Option(
            names = "--runs",
            defaultValue = "20",
            paramLabel = "N",
            description = "Timed runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--mapping",
            defaultValue = "preset:anonymous-bank",
            paramLabel = "PRESET",
            description = "The preset whose text is previewed (default ${DEFAULT-VALUE}).")
    String mapping;

    @Override
    public Integer call() throws Exception {
        String text = MappingPresets.text(mapping).orElseThrow(() -> new IllegalArgumentException("no " + mapping));
        Path work = Files.createTempDirectory("steward-bench-preview-");
        try (ConfigurableApplicationContext context = CliContext.start(
                bench.root.dataDirectory(), "--steward.scorecards.cron=-", "--steward.monitoring.cron=-")) {
            Path file = sample(work);
            MappingSample sample;
            try (InputStream in = Files.newInputStream(file)) {
                sample = context.getBean(MappingSamples.class).save("acd.tsv", in);
            }
            MappingEditor editor = context.getBean(MappingEditor.class);
            MappingPreview preview = editor.preview(text, Dataset.INTERACTIONS, sample, MappingEditor.DEFAULT_ROWS);
            for (int i = 0; i < 2; i++) {
                editor.preview(text, Dataset.INTERACTIONS, sample, MappingEditor.DEFAULT_ROWS); // warm-up
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs); i++) {
                long start = System.nanoTime();
                editor.preview(text, Dataset.INTERACTIONS, sample, MappingEditor.DEFAULT_ROWS);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            millis.sort(null);
            System.out.printf(
                    Locale.ROOT,
                    "sample %,d bytes (%s), %,d rows read: %,d accepted, %,d rejected, %,d filtered; %d rows shown%n",
                    sample.bytes(),
                    sample.cut() ? "head of the file" : "whole file",
                    preview.rowsRead(),
                    preview.accepted(),
                    preview.rejected(),
                    preview.filtered(),
                    preview.rows().size());
            System.out.printf(
                    Locale.ROOT,
                    "mapping preview (%s): median %.0f ms, slowest %.0f ms over %d runs (target ≤ 1000 ms)%n",
                    mapping,
                    millis.get(millis.size() / 2),
                    millis.getLast(),
                    millis.size());
            return 0;
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** A foreign ACD log (tab-separated, the preset's shape) of about {@link #size} bytes. */
    private Path sample(Path work) throws Exception {
        Path probe = work.resolve("probe.tsv");
        ImportBench.writeAcdLog(probe, 1000);
        double bytesPerRow = Files.size(probe) / 1000.0;
        Path file = work.resolve("acd.tsv");
        ImportBench.writeAcdLog(file, Math.max(1, Math.round(size / bytesPerRow)));
        return file;
    }
}
