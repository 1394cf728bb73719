package com.steward.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiResults;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.VendorFilter;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster job end to end (lake URI → JSON lines → {@link KpiResults#read}) and its command line. */
class KpiJobTest {
    @TempDir
    Path out;

    @Test
    void writesJsonLinesThatReadBackAsTheDuckDbResultsOfTheSameQuery() {
        Lake lake = ParityFixtures.shared();
        KpiJob.Arguments arguments = KpiJob.parse(
                "--lake", lake.root().toUri().toString(),
                "--from", "2026-02-01",
                "--to", "2026-04-30",
                "--by", "handled_by,month",
                "--vendors", "acme,corvid",
                "--out", out.toString());
        List<KpiRow> written = KpiJob.run(SparkTestSession.get(), arguments);

        assertThat(out.resolve(KpiResults.FILE)).exists();
        assertThat(out.resolve("_SUCCESS")).exists();
        List<KpiRow> read = KpiResults.read(out);
        assertThat(read).isEqualTo(written);
        List<KpiRow> expected = new DuckDbEngine(lake)
                .run(KpiQuery.of(
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 4, 30),
                                Dimension.HANDLED_BY,
                                Dimension.MONTH)
                        .withVendors(Set.of("acme", "corvid")));
        EngineParity.assertSame(expected, read, "job results");
        assertThat(read).extracting(r -> r.keys().get("handled_by")).containsOnly("acme", "corvid");
    }

    @Test
    void readsTheLakeManifestThroughHadoopSoRetiredFilesAreNotRead() {
        Lake lake = ParityFixtures.shared();
        LakeFiles viaHadoop = LakeFiles.read(
                lake.root().toString(), SparkTestSession.get().sparkContext().hadoopConfiguration());
        LakeFiles local = LakeFiles.of(lake);
        assertThat(viaHadoop.generation()).isEqualTo(local.generation()).isPositive();
        for (LakeDataset dataset : LakeDataset.values()) {
            assertThat(viaHadoop.files(dataset).stream().map(f -> Path.of(java.net.URI.create(f))))
                    .containsExactlyElementsOf(local.files(dataset).stream()
                            .map(f -> Path.of(java.net.URI.create(f)))
                            .toList());
        }
    }

    @Test
    void anEmptyFolderIsAnEmptyLake(@TempDir Path empty) throws Exception {
        LakeFiles files = LakeFiles.read(
                Files.createDirectories(empty.resolve("lake")).toString(),
                SparkTestSession.get().sparkContext().hadoopConfiguration());
        assertThat(files.generation()).isZero();
        assertThat(SparkEngine.at(SparkTestSession.get(), empty.resolve("lake").toString())
                        .run(KpiQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Dimension.MONTH)))
                .isEmpty();
    }

    @Test
    void parsesTheCommandLine() {
        KpiJob.Arguments a = KpiJob.parse(
                "--lake", "hdfs:///steward/lake",
                "--from", "2026-01-01",
                "--to", "2026-03-31",
                "--by", "queue, week",
                "--metrics", "fcr,aht",
                "--zone", "Europe/Berlin",
                "--out", "s3a://bucket/results");
        assertThat(a.lake()).isEqualTo("hdfs:///steward/lake");
        assertThat(a.out()).isEqualTo("s3a://bucket/results");
        assertThat(a.query().groupBy()).containsExactly(Dimension.QUEUE, Dimension.WEEK);
        assertThat(a.query().metrics()).containsExactlyInAnyOrder("fcr", "aht");
        assertThat(a.query().vendors()).isEqualTo(VendorFilter.all());
        assertThat(a.query().settings().zone().getId()).isEqualTo("Europe/Berlin");
        assertThatThrownBy(() -> KpiJob.parse("--lake", "x", "--from", "2026-01-01", "--to", "2026-01-02"))
                .hasMessageContaining("--out");
        assertThatThrownBy(() -> KpiJob.parse(
                        "--lake", "x", "--from", "2026-01-01", "--to", "2026-01-02", "--out", "y", "--frmo", "z"))
                .hasMessageContaining("unknown option --frmo");
    }
}
