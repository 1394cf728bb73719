package com.steward.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.lake.Lake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restricting a query to segments (a transition phase's queues and regions, a contract's scope)
 * gives exactly the numbers of the matching group of an unrestricted grouped query — including FCR,
 * whose repeat contacts may fall outside the segment, and churn/leads, which count distinct customers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentFilterTest {

    @TempDir
    static Path dir;

    Engine engine;
    List<LakeFixtures.Contact> contacts;

    @BeforeAll
    void importFixtures() {
        contacts = LakeFixtures.contacts(21, 2000, "acd");
        Lake lake = Lake.open(dir.resolve("lake"));
        Importer importer = new Importer(lake);
        importer.importInteractions(ImportRequest.of(
                LakeFixtures.write(dir.resolve("contacts.csv"), LakeFixtures.csv(contacts)),
                "acd",
                ImportPolicy.REJECT_FILE,
                LakeFixtures.VENDORS));
        importer.importCustomerEvents(ImportRequest.of(
                LakeFixtures.write(dir.resolve("events.csv"), LakeFixtures.eventsCsv(LakeFixtures.events(22))),
                "crm",
                ImportPolicy.REJECT_FILE,
                null));
        engine = new DuckDbEngine(lake);
    }

    @Test
    void aSegmentRestrictionEqualsTheMatchingGroupOfAGroupedQuery() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        String queue = contacts.getFirst().queue();
        String region = contacts.getFirst().region();

        Map<String, KpiRow> grouped =
                engine.run(KpiQuery.of(from, to, Dimension.HANDLED_BY, Dimension.QUEUE, Dimension.REGION)).stream()
                        .filter(row -> row.keys().get("queue").equals(queue)
                                && row.keys().get("region").equals(region))
                        .collect(Collectors.toMap(row -> row.keys().get("handled_by"), row -> row));
        List<KpiRow> restricted = engine.run(KpiQuery.of(from, to, Dimension.HANDLED_BY)
                .withSegment(Dimension.QUEUE, Set.of(queue))
                .withSegment(Dimension.REGION, Set.of(region)));

        assertThat(grouped).isNotEmpty();
        assertThat(restricted).hasSize(grouped.size());
        for (KpiRow row : restricted) {
            KpiRow expected = grouped.get(row.keys().get("handled_by"));
            assertThat(row.metrics().keySet()).isEqualTo(expected.metrics().keySet());
            row.metrics().forEach((metric, value) -> {
                MetricValue other = expected.metrics().get(metric);
                String what = row.keys() + " " + metric;
                // counts exactly; doubles (sums of squares behind intervals) up to summation order
                assertThat(value.numerator()).as(what).isEqualTo(other.numerator());
                assertThat(value.denominator()).as(what).isEqualTo(other.denominator());
                assertThat(value.sampleSize()).as(what).isEqualTo(other.sampleSize());
                assertThat(value.value()).as(what).isCloseTo(other.value(), within(1e-9));
                if (other.low() != null) {
                    assertThat(value.low()).as(what).isCloseTo(other.low(), within(1e-9));
                    assertThat(value.high()).as(what).isCloseTo(other.high(), within(1e-9));
                }
            });
        }
    }

    @Test
    void anEmptySegmentSelectsNothingAndUnsafeValuesAreRefused() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        assertThat(engine.run(KpiQuery.of(from, to, Dimension.HANDLED_BY).withSegment(Dimension.QUEUE, Set.of())))
                .allSatisfy(row ->
                        assertThat(row.metrics().get("offered").denominator()).isZero());
        assertThatThrownBy(
                        () -> engine.run(KpiQuery.of(from, to).withSegment(Dimension.REGION, Set.of("x') OR ('1'='1"))))
                .hasMessageContaining("not a valid vendor code or segment value");
        assertThatThrownBy(() -> KpiQuery.of(from, to).withSegment(Dimension.MONTH, Set.of("2026-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
