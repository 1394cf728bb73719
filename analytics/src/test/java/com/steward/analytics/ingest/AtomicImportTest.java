package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicImportTest {
    @TempDir
    Path dir;

    @Test
    void killingAnImportProcessAtAnyMomentLeavesTheLakeBeforeOrAfterNeverHalf() throws Exception {
        Path lakeRoot = dir.resolve("lake");
        Lake lake = Lake.open(lakeRoot);
        Importer importer = new Importer(lake);
        Path first =
                LakeFixtures.write(dir.resolve("first.csv"), LakeFixtures.csv(LakeFixtures.contacts(1, 2000, "acd")));
        importer.importInteractions(ImportRequest.of(first, "acd", ImportPolicy.REJECT_FILE, LakeFixtures.VENDORS));
        // Overlaps every id of the first file with other content, and adds more.
        Path second = LakeFixtures.write(
                dir.resolve("second.csv"), LakeFixtures.csv(LakeFixtures.contacts(2, 60_000, "acd")));
        String before = state(lakeRoot);

        int[] killAfterMillis = {400, 900, 1400, 2000, 2800};
        boolean sawBefore = false;
        for (int delay : killAfterMillis) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "--enable-native-access=ALL-UNNAMED",
                            "-cp",
                            System.getProperty("java.class.path"),
                            ImportChild.class.getName(),
                            lakeRoot.toString(),
                            second.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child-" + delay + ".log").toFile())
                    .start();
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor();
            }
            String now = state(lakeRoot);
            if (now.equals(before)) {
                sawBefore = true;
            } else {
                // The import completed before the kill: restore nothing, just check it is the full "after".
                assertThat(now).isEqualTo(after(second));
                break;
            }
        }
        assertThat(sawBefore).as("at least one kill landed mid-import").isTrue();

        ImportReport finished = importer.importInteractions(
                ImportRequest.of(second, "acd", ImportPolicy.REJECT_FILE, LakeFixtures.VENDORS));
        assertThat(finished.committed()).isTrue();
        assertThat(state(lakeRoot)).isEqualTo(after(second)).isNotEqualTo(before);
        // Whatever a killed writer left behind was removed; only published files remain.
        lake.recover();
        try (Stream<Path> files = Files.walk(lakeRoot.resolve("interactions"))) {
            long onDisk = files.filter(Files::isRegularFile).count();
            assertThat(onDisk)
                    .isLessThanOrEqualTo(
                            lake.snapshot().files(LakeDataset.INTERACTIONS).size() * 2L);
        }
        assertThat(Files.exists(lakeRoot.resolve("_staging"))).isFalse();
    }

    private String after(Path second) {
        // The expected "after" state computed independently: a fresh lake holding only the second file's rows
        // (every first-file id is overwritten by the second file).
        Path other = dir.resolve("expected-" + System.nanoTime());
        new Importer(Lake.open(other))
                .importInteractions(ImportRequest.of(second, "acd", ImportPolicy.REJECT_FILE, LakeFixtures.VENDORS));
        return state(other);
    }

    private static String state(Path lakeRoot) {
        String relation = Lake.open(lakeRoot).snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
        List<String> rows = ImporterTest.rows("SELECT count(*), sum(hash(source, interaction_id, handled_by, queue,"
                + " arrived_at, csat, handle_seconds) % 1000000007) FROM " + relation);
        return rows.getFirst();
    }
}
