package com.steward.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.LakeFixtures.Contact;
import com.steward.analytics.LakeFixtures.Event;
import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.lake.Lake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuckDbEngineTest {
    @TempDir
    static Path dir;

    private List<Contact> contacts;
    private List<Event> events;
    private Engine engine;

    @BeforeAll
    void importFixtures() {
        contacts = new ArrayList<>(LakeFixtures.contacts(11, 3000, "acd"));
        events = LakeFixtures.events(12);
        Lake lake = Lake.open(dir.resolve("lake"));
        Importer importer = new Importer(lake);
        var report = importer.importInteractions(ImportRequest.of(
                LakeFixtures.write(dir.resolve("contacts.csv"), LakeFixtures.csv(contacts)),
                "acd",
                ImportPolicy.REJECT_FILE,
                LakeFixtures.VENDORS));
        assertThat(report.rejects()).isEmpty();
        assertThat(report.accepted()).isEqualTo(contacts.size());
        var eventReport = importer.importCustomerEvents(ImportRequest.of(
                LakeFixtures.write(dir.resolve("events.csv"), LakeFixtures.eventsCsv(events)),
                "crm",
                ImportPolicy.REJECT_FILE,
                null));
        assertThat(eventReport.accepted()).isEqualTo(events.size());
        engine = new DuckDbEngine(lake);
    }

    @Test
    void theSameQueryGivesBitIdenticalNumbersOnEveryRun() {
        // Parallel aggregation adds in any order; exact sums keep every number, intervals included, identical,
        // so re-running a published scorecard on unchanged data never looks like a restatement.
        KpiQuery query = KpiQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Dimension.QUEUE);
        List<KpiRow> first = engine.run(query);
        for (int run = 0; run < 5; run++) {
            assertThat(engine.run(query)).isEqualTo(first);
        }
    }

    @Test
    void everyMetricByVendorAndMonthMatchesThePlainJavaComputation() {
        check(KpiQuery.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), Dimension.HANDLED_BY, Dimension.MONTH));
    }

    @Test
    void matchesForAPartialRangeSoRepeatsAndEventsOutsideTheRangeStillCount() {
        check(KpiQuery.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31), Dimension.HANDLED_BY));
    }

    @Test
    void matchesByDayInBerlinAcrossTheDaylightSavingChange() {
        check(KpiQuery.of(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 30), Dimension.DAY, Dimension.CHANNEL)
                .withSettings(KpiSettings.defaults().withZone(ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void matchesByWeekQuarterSiteQueueRegionAndAgent() {
        LocalDate from = LocalDate.of(2026, 2, 1);
        LocalDate to = LocalDate.of(2026, 4, 30);
        check(KpiQuery.of(from, to, Dimension.WEEK, Dimension.QUEUE));
        check(KpiQuery.of(from, to, Dimension.QUARTER, Dimension.SITE, Dimension.REGION));
        check(KpiQuery.of(from, to, Dimension.AGENT_ID));
        check(KpiQuery.of(from, to));
    }

    @Test
    void matchesWithShortAbandonsIgnoredAndOtherWindows() {
        check(KpiQuery.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), Dimension.HANDLED_BY)
                .withSettings(KpiSettings.defaults().withShortAbandonSeconds(5).withWindows(30, 3, 14, 90)));
    }

    @Test
    void vendorFilterRestrictsRowsButFcrStillSeesRepeatsWithOtherVendors() {
        KpiQuery all = KpiQuery.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), Dimension.HANDLED_BY);
        KpiQuery acmeOnly = all.withVendors(Set.of("acme"));
        List<KpiRow> rows = engine.run(acmeOnly);
        assertThat(rows).extracting(r -> r.keys().get("handled_by")).containsExactly("acme");
        KpiRow acmeInAll = engine.run(all).stream()
                .filter(r -> r.keys().get("handled_by").equals("acme"))
                .findFirst()
                .orElseThrow();
        assertThat(rows.getFirst().metric("fcr")).isEqualTo(acmeInAll.metric("fcr"));
        check(acmeOnly);
        assertThat(engine.run(all.withVendors(Set.of()))).isEmpty();
    }

    @Test
    void aRepeatWithAnotherVendorInTheNextMonthIsNotAFirstContactResolution() {
        long crossVendorCrossMonthRepeats = contacts.stream()
                .filter(c -> c.customerId() != null && c.answered() != null)
                .filter(c -> contacts.stream()
                        .anyMatch(n -> n != c
                                && c.customerId().equals(n.customerId())
                                && !n.handledBy().equals(c.handledBy())
                                && !n.arrived().isBefore(c.arrived())
                                && n.arrived().isBefore(c.arrived().plusSeconds(7 * 86_400))
                                && n.arrived().atZone(ZoneId.of("UTC")).getMonth()
                                        != c.arrived().atZone(ZoneId.of("UTC")).getMonth()))
                .count();
        assertThat(crossVendorCrossMonthRepeats)
                .as("the fixture exercises the case")
                .isPositive();
    }

    @Test
    void simultaneousContactsOfOneCallerAreEachOthersRepeat() {
        List<Contact> handledTwins = contacts.stream()
                .filter(c -> c.customerId() != null && c.answered() != null)
                .filter(c -> contacts.stream()
                        .anyMatch(n -> n != c
                                && c.customerId().equals(n.customerId())
                                && n.arrived().equals(c.arrived())
                                && !n.handledBy().equals(c.handledBy())))
                .toList();
        assertThat(handledTwins).as("the fixture exercises the case").hasSizeGreaterThan(3);
        // Neither of two contacts in the same microsecond resolved the caller's need on first contact, whichever
        // vendor, source or id each has; the engine agrees with the plain-Java reference on every vendor's FCR.
        check(KpiQuery.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), Dimension.HANDLED_BY)
                .withMetrics(Set.of("fcr")));
    }

    private void check(KpiQuery query) {
        KpiAssertions.assertMatches(engine.run(query), ReferenceKpis.compute(contacts, events, query));
    }
}
