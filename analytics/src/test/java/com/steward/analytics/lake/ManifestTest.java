package com.steward.analytics.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private static final String ACME_JAN = "interactions/handled_by=acme/month=2026-01";
    private static final String ACME_FEB = "interactions/handled_by=acme/month=2026-02";
    private static final String EVENTS_JAN = "customer_events/month=2026-01";

    @Test
    void aManifestWrittenBeforePartitionGenerationsReadsWithEveryPartitionAtItsGeneration() {
        Manifest old = Manifest.parse(
                List.of(
                        "steward-lake-manifest 1",
                        "generation 4",
                        "live " + ACME_JAN + "/part-g1-a.parquet",
                        "live " + EVENTS_JAN + "/part-g2-b.parquet",
                        "retired " + ACME_JAN + "/part-g0-c.parquet"),
                "old");
        assertThat(old.generation()).isEqualTo(4);
        assertThat(old.live()).hasSize(2);
        assertThat(old.partitions()).isEqualTo(Map.of(ACME_JAN, 4L, EVENTS_JAN, 4L));
    }

    @Test
    void theNextGenerationMarksOnlyTheFoldersThatGainedOrLostAFile() {
        Manifest before = new Manifest(
                4,
                Set.of(ACME_JAN + "/part-g1-a.parquet", EVENTS_JAN + "/part-g2-b.parquet"),
                Set.of(),
                Map.of(ACME_JAN, 1L, EVENTS_JAN, 2L));
        Manifest next = before.next(5, Set.of(), List.of(ACME_FEB + "/part-g5-d.parquet"));
        assertThat(next.partitions()).isEqualTo(Map.of(ACME_JAN, 1L, EVENTS_JAN, 2L, ACME_FEB, 5L));
        Manifest moved =
                next.next(6, Set.of(ACME_JAN + "/part-g1-a.parquet"), List.of(ACME_FEB + "/part-g6-e.parquet"));
        assertThat(moved.partitions())
                .as("a folder left without files drops out")
                .isEqualTo(Map.of(EVENTS_JAN, 2L, ACME_FEB, 6L));
        assertThat(Manifest.parse(
                                List.of(
                                        "steward-lake-manifest 1",
                                        "generation 6",
                                        "live " + ACME_FEB + "/part-g6-e.parquet",
                                        "partition 6 " + ACME_FEB),
                                "new")
                        .partitions())
                .isEqualTo(Map.of(ACME_FEB, 6L));
    }

    @Test
    void notAManifestIsAClearError() {
        assertThatThrownBy(() -> Manifest.parse(List.of("hello"), "/lake/_manifest"))
                .isInstanceOf(LakeException.class)
                .hasMessageContaining("/lake/_manifest");
    }

    @Test
    void oneMonthPruningRuleForEveryReader() {
        LakeMonths months =
                LakeMonths.between(Instant.parse("2026-01-31T23:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(months).isEqualTo(new LakeMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 2)));
        assertThat(months.keeps(LakeDataset.INTERACTIONS, "/l/" + ACME_JAN + "/x.parquet"))
                .isTrue();
        assertThat(months.keeps(LakeDataset.INTERACTIONS, "s3a://b/l/interactions/handled_by=a/month=2026-03/x"))
                .isFalse();
        assertThat(months.keeps(LakeDataset.SURVEY_RESPONSES, "/l/survey_responses/month=2025-01/x.parquet"))
                .as("feeds are read whole")
                .isTrue();
        assertThat(LakeMonths.monthOf("C:\\l\\interactions\\handled_by=a\\month=2026-03\\x"))
                .contains(YearMonth.of(2026, 3));
    }
}
