package com.steward.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.LakeFixtures.Contact;
import com.steward.analytics.LakeFixtures.Event;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeMonths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiResultCacheTest {
    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2026, 4, 30);

    @TempDir
    Path dir;

    /**
     * The queries compared after every import: month-grouped (UTC and Berlin, vendor-filtered, mid-month, a single
     * month), not.
     */
    private static List<KpiQuery> queries() {
        KpiSettings berlin = KpiSettings.defaults().withZone(ZoneId.of("Europe/Berlin"));
        return List.of(
                KpiQuery.of(FROM, TO, Dimension.HANDLED_BY, Dimension.QUEUE, Dimension.MONTH),
                KpiQuery.of(FROM, TO, Dimension.MONTH).withSettings(berlin),
                KpiQuery.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 20), Dimension.MONTH, Dimension.CHANNEL)
                        .withVendors(Set.of("acme", "corvid")),
                KpiQuery.of(FROM, TO, Dimension.HANDLED_BY),
                // a scorecard run's shape: grouped by month over exactly one month, segments and vendors set
                KpiQuery.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Dimension.MONTH, Dimension.HANDLED_BY)
                        .withVendors(Set.of("acme", "inhouse"))
                        .withSegment(Dimension.CHANNEL, Set.of("voice", "chat")),
                KpiQuery.of(FROM, TO, Dimension.WEEK).withSettings(berlin.withWindows(30, 3, 10, 20)));
    }

    @Test
    void afterRandomImportsIntoRandomMonthsCachedResultsEqualAFromScratchComputation() throws Exception {
        Lake lake = Lake.open(dir.resolve("lake"));
        LakeFixtures.writeDirect(lake, Files.createDirectories(dir.resolve("base")), base(), "acd");
        LakeFixtures.writeEventsDirect(
                lake, Files.createDirectories(dir.resolve("base-events")), LakeFixtures.events(5));
        KpiResultCache cache = new KpiResultCache(DuckDbEngine::new);
        Random random = new Random(2026);
        List<Contact> previous = List.of();
        for (int round = 0; round < 8; round++) {
            for (KpiQuery query : queries()) {
                assertThat(cache.run(lake, query))
                        .as("round %d, %s", round, query)
                        .isEqualTo(new DuckDbEngine(lake).run(query));
            }
            Path work = Files.createDirectories(dir.resolve("round-" + round));
            YearMonth month = YearMonth.of(2026, 1 + random.nextInt(4));
            if (round % 3 == 2 && !previous.isEmpty()) {
                // A correction: the previous batch again (same keys), every contact moved by up to two days.
                List<Contact> moved = new ArrayList<>();
                for (Contact c : previous) {
                    moved.add(shifted(c, random.nextInt(48 * 3600)));
                }
                LakeFixtures.writeDirect(lake, work, moved, moved.getFirst().source());
            } else {
                previous = inMonth(LakeFixtures.contacts(100 + round, 400, "batch" + round), month);
                LakeFixtures.writeDirect(lake, work, previous, "batch" + round);
            }
            if (random.nextBoolean()) {
                List<Event> events = new ArrayList<>();
                for (int e = 0; e < 5; e++) {
                    Instant at = month.atDay(1)
                            .atStartOfDay(ZoneId.of("UTC"))
                            .toInstant()
                            .plusSeconds(random.nextInt(27 * 86_400));
                    events.add(
                            e % 2 == 0
                                    ? new Event("C" + random.nextInt(150), "churned", at)
                                    : new Event("L" + random.nextInt(40), "became_customer", at));
                }
                LakeFixtures.writeEventsDirect(lake, Files.createDirectories(work.resolve("events")), events);
            }
        }
        for (KpiQuery query : queries()) {
            assertThat(cache.run(lake, query)).isEqualTo(new DuckDbEngine(lake).run(query));
        }
    }

    @Test
    void anImportRecomputesOnlyTheMonthsItTouchedAndThoseWhoseWindowsReachThem() throws Exception {
        Lake lake = Lake.open(dir.resolve("lake"));
        LakeFixtures.writeDirect(lake, Files.createDirectories(dir.resolve("base")), base(), "acd");
        LakeFixtures.writeEventsDirect(
                lake, Files.createDirectories(dir.resolve("base-events")), LakeFixtures.events(5));
        KpiResultCache cache = new KpiResultCache(DuckDbEngine::new);
        KpiQuery query = KpiQuery.of(FROM, TO, Dimension.HANDLED_BY, Dimension.MONTH);

        cache.run(lake, query);
        assertThat(cache.unitsComputed()).as("cold: 4 SQL files x 3 months").isEqualTo(12);
        assertThat(cache.engineRuns())
                .as("one run per file over the three months")
                .isEqualTo(4);

        cache.run(lake, query);
        assertThat(cache.unitsComputed())
                .as("nothing imported: nothing recomputed")
                .isEqualTo(12);

        // April only: contact metrics April; FCR March (its 7-day window reaches 7 April) and April; churn March
        // (30 days) and April; lead conversion February (1 March + 60 days = 30 April), March and April.
        LakeFixtures.writeDirect(
                lake,
                Files.createDirectories(dir.resolve("april")),
                inMonth(LakeFixtures.contacts(77, 300, "april"), YearMonth.of(2026, 4)),
                "april");
        List<KpiRow> afterApril = cache.run(lake, query);
        assertThat(cache.unitsComputed() - 12).isEqualTo(1 + 2 + 2 + 3);
        assertThat(afterApril).isEqualTo(new DuckDbEngine(lake).run(query));

        // February only: no earlier month is in the query, so only February's four units.
        LakeFixtures.writeDirect(
                lake,
                Files.createDirectories(dir.resolve("february")),
                inMonth(LakeFixtures.contacts(78, 300, "february"), YearMonth.of(2026, 2)),
                "february");
        long before = cache.unitsComputed();
        assertThat(cache.run(lake, query)).isEqualTo(new DuckDbEngine(lake).run(query));
        assertThat(cache.unitsComputed() - before).isEqualTo(4);
    }

    @Test
    void aUnitDependsOnItsMonthAndWhatItsWindowReaches() {
        KpiQuery march = KpiQuery.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Dimension.MONTH);
        assertThat(KpiResultCache.dependencies(march, "contact_metrics"))
                .isEqualTo(new LakeMonths(YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
        assertThat(KpiResultCache.dependencies(march, "lead_conversion"))
                .isEqualTo(new LakeMonths(YearMonth.of(2026, 3), YearMonth.of(2026, 5)));
        assertThat(
                        KpiResultCache.buckets(KpiQuery.of(
                                        LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 5), Dimension.MONTH))
                                .stream()
                                .map(q -> q.from() + ".." + q.to())
                                .toList())
                .containsExactly("2026-01-20..2026-01-31", "2026-02-01..2026-02-28", "2026-03-01..2026-03-05");
    }

    private static List<Contact> base() {
        return LakeFixtures.contacts(3, 1500, "acd");
    }

    private static List<Contact> inMonth(List<Contact> contacts, YearMonth month) {
        List<Contact> kept = new ArrayList<>();
        for (Contact c : contacts) {
            int shift = 0;
            YearMonth arrived = LakeMonths.utcMonth(c.arrived());
            while (arrived.plusMonths(shift).isBefore(month)) {
                shift++;
            }
            while (arrived.plusMonths(shift).isAfter(month)) {
                shift--;
            }
            Contact moved = shifted(c, shift * 28L * 86_400);
            if (LakeMonths.utcMonth(moved.arrived()).equals(month)) {
                kept.add(moved);
            }
        }
        return kept;
    }

    private static Contact shifted(Contact c, long seconds) {
        return new Contact(
                c.source(),
                c.id(),
                c.handledBy(),
                c.site(),
                c.channel(),
                c.queue(),
                c.region(),
                c.customerId(),
                c.isCustomer(),
                c.arrived().plusSeconds(seconds),
                c.answered() == null ? null : c.answered().plusSeconds(seconds),
                c.ended().plusSeconds(seconds),
                c.handleSeconds(),
                c.transferred(),
                c.resolved(),
                c.complaint(),
                c.agentId(),
                c.csat(),
                c.nps(),
                c.qa());
    }
}
