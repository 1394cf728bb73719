package com.steward.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.LakeFixtures.Contact;
import com.steward.analytics.LakeFixtures.Event;
import com.steward.analytics.lake.Lake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optional inputs that are NULL ("not reported"): every metric is computed over the contacts where its inputs are
 * known, says its n, and has no value (not 0 %, not 100 %) where there are none. The lake is written with DuckDB
 * directly, so these tests do not depend on what the importer accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotReportedKpisTest {
    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    private static final LocalDate TO = LocalDate.of(2026, 4, 30);

    @TempDir
    static Path dir;

    private List<Contact> contacts;
    private List<Event> events;
    private Engine engine;

    @BeforeAll
    void writeLake() {
        contacts = LakeFixtures.withUnknowns(LakeFixtures.contacts(21, 3000, "acd"), "corvid", "bluesky");
        events = LakeFixtures.events(22);
        Lake lake = Lake.open(dir.resolve("lake"));
        LakeFixtures.writeDirect(lake, dir, contacts, "acd");
        LakeFixtures.writeEventsDirect(lake, dir, events);
        engine = new DuckDbEngine(lake);
    }

    @Test
    void everyMetricMatchesThePlainJavaComputationOverTheKnownRows() {
        KpiAssertions.assertMatches(
                engine.run(KpiQuery.of(FROM, TO, Dimension.HANDLED_BY, Dimension.MONTH)),
                ReferenceKpis.compute(contacts, events, KpiQuery.of(FROM, TO, Dimension.HANDLED_BY, Dimension.MONTH)));
        for (KpiQuery query : List.of(
                KpiQuery.of(FROM, TO),
                KpiQuery.of(FROM, TO, Dimension.QUEUE, Dimension.WEEK),
                KpiQuery.of(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 30), Dimension.DAY)
                        .withSettings(KpiSettings.defaults().withZone(ZoneId.of("Europe/Berlin"))))) {
            KpiAssertions.assertMatches(engine.run(query), ReferenceKpis.compute(contacts, events, query));
        }
    }

    @Test
    void aRateWhoseFlagNoContactReportsIsNotReportedNeverZeroPercent() {
        MetricValue resolved = byVendor("corvid").metric("resolved_rate");
        assertThat(resolved.reported()).isFalse();
        assertThat(resolved.value()).isNull();
        assertThat(resolved.low()).isNull();
        assertThat(resolved.high()).isNull();
        assertThat(resolved.n()).isZero();
        assertThat(resolved.denominator()).isZero();
        // The vendor's other metrics are still there: only what it does not report is missing.
        assertThat(byVendor("corvid").metric("transfer_rate").reported()).isTrue();
        assertThat(byVendor("corvid").metric("offered").value()).isPositive();
    }

    @Test
    void surveysAndQaWithNoResponseAreNotReported() {
        KpiRow bluesky = byVendor("bluesky");
        for (String id : List.of("csat", "nps", "qa")) {
            assertThat(bluesky.metric(id).value()).as(id).isNull();
            assertThat(bluesky.metric(id).n()).as(id).isZero();
        }
        assertThat(byVendor("acme").metric("csat").n()).isPositive();
    }

    @Test
    void aDispositionRateCountsOnlyTheAnsweredContactsWhoseFlagIsKnown() {
        List<Contact> answered =
                inScope("acme").stream().filter(c -> c.answered() != null).toList();
        long known = answered.stream().filter(c -> c.transferred() != null).count();
        long yes = answered.stream()
                .filter(c -> Boolean.TRUE.equals(c.transferred()))
                .count();
        MetricValue transfer = byVendor("acme").metric("transfer_rate");
        assertThat(known).as("the fixture has unknown flags").isLessThan(answered.size());
        assertThat(transfer.denominator()).isEqualTo(known);
        assertThat(transfer.numerator()).isEqualTo(yes);
        assertThat(transfer.value()).isEqualTo((double) yes / known);
        MetricValue aht = byVendor("acme").metric("aht");
        assertThat(aht.n())
                .isEqualTo(
                        answered.stream().filter(c -> c.handleSeconds() != null).count())
                .isLessThan(answered.size());
    }

    @Test
    void leadsAreOnlyCallersKnownNotToBeCustomersAndChurnOnlyThoseKnownToBe() {
        Set<String> leads = inScope("inhouse").stream()
                .filter(c -> c.customerId() != null && Boolean.FALSE.equals(c.isCustomer()))
                .map(Contact::customerId)
                .collect(Collectors.toSet());
        Set<String> customers = inScope("inhouse").stream()
                .filter(c -> c.customerId() != null && Boolean.TRUE.equals(c.isCustomer()))
                .map(Contact::customerId)
                .collect(Collectors.toSet());
        assertThat(byVendor("inhouse").metric("lead_conversion").denominator()).isEqualTo(leads.size());
        assertThat(byVendor("inhouse").metric("churn_after_contact").denominator())
                .isEqualTo(customers.size());
        assertThat(inScope("inhouse").stream().filter(c -> c.customerId() != null && c.isCustomer() == null))
                .as("the fixture has identified callers of unknown status")
                .isNotEmpty();
    }

    @Test
    void aQueryForOnlyAMetricNoContactReportsStillGivesItsGroupWithNoValue() {
        List<KpiRow> rows = engine.run(KpiQuery.of(FROM, TO, Dimension.HANDLED_BY)
                .withVendors(Set.of("corvid"))
                .withMetrics(Set.of("resolved_rate")));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().metric("resolved_rate").reported()).isFalse();
    }

    private List<Contact> inScope(String vendor) {
        return contacts.stream()
                .filter(c -> c.handledBy().equals(vendor))
                .filter(c -> !c.arrived()
                        .isBefore(FROM.atStartOfDay(ZoneId.of("UTC")).toInstant()))
                .filter(c -> c.arrived()
                        .isBefore(TO.plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant()))
                .toList();
    }

    private KpiRow byVendor(String vendor) {
        return engine.run(KpiQuery.of(FROM, TO, Dimension.HANDLED_BY)).stream()
                .filter(r -> vendor.equals(r.keys().get("handled_by")))
                .findFirst()
                .orElseThrow();
    }
}
