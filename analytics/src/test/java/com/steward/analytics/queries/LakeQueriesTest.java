package com.steward.analytics.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.LakeFixtures.Contact;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lake queries render through the one loader and give what an independent computation over the rows gives. */
class LakeQueriesTest {

    private static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-05-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void renderingDropsCommentLinesAndReplacesPlaceholdersInOrder() {
        List<String> seen = new ArrayList<>();
        String sql = SqlFiles.render("-- ${not_me}\nSELECT ${a}, ${b} FROM ${a}\n", name -> {
            seen.add(name);
            return "?";
        });

        assertThat(sql).isEqualTo("SELECT ?, ? FROM ?\n\n");
        assertThat(seen).containsExactly("a", "b", "a");
        assertThat(SqlFiles.placeholders("-- ${x}\n${y} ${z} ${y}")).containsExactly("y", "z");
    }

    @Test
    void everyQueryDeclaresExactlyThePlaceholdersItsFileUses() {
        Set<String> vendors = Set.of("acme");
        for (LakeQuery query : List.of(
                LakeQueries.contactedKeyCustomers("acme", FROM, TO, Set.of("c1")),
                LakeQueries.frequentCustomers(5),
                LakeQueries.handledUnits("acme", FROM, TO, ZoneOffset.UTC),
                LakeQueries.calibrationPopulation(vendors, FROM, TO, 42, 10),
                LakeQueries.calibrationReportedQa(vendors, FROM, TO),
                LakeQueries.importsSince(LakeDataset.INTERACTIONS, FROM))) {
            Set<String> declared = new HashSet<>(query.relations().keySet());
            declared.addAll(query.tables().keySet());
            declared.addAll(query.parameters().keySet());
            assertThat(SqlFiles.placeholders(query.sql())).as(query.file()).isEqualTo(declared);
        }
    }

    @Test
    void equalValueSetsGiveEqualQueriesSoTheyShareACachedResult() {
        assertThat(LakeQueries.contactedKeyCustomers("acme", FROM, TO, List.of("b", "a", "b")))
                .isEqualTo(LakeQueries.contactedKeyCustomers("acme", FROM, TO, Set.of("a", "b")));
        assertThatThrownBy(() -> new LakeQuery(
                        "x.sql", ZoneOffset.UTC, Map.of(), Map.of(), Map.of("p", LocalDate.of(2026, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handledUnitsAreTheAnsweredContactsOfTheVendorPerMonth() {
        List<Contact> contacts = LakeFixtures.contacts(11, 3_000, "fixture");
        Lake lake = lakeWith(contacts);

        List<LakeRow> rows = new DuckDbQueries(lake).run(LakeQueries.handledUnits("acme", FROM, TO, ZoneOffset.UTC));

        Map<LocalDate, List<Contact>> expected = contacts.stream()
                .filter(c -> c.handledBy().equals("acme") && c.answered() != null)
                .collect(Collectors.groupingBy(
                        c -> LocalDate.ofInstant(c.arrived(), ZoneOffset.UTC).withDayOfMonth(1),
                        TreeMap::new,
                        Collectors.toList()));
        assertThat(rows).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<LocalDate, List<Contact>> month : expected.entrySet()) {
            LakeRow row = rows.get(i++);
            assertThat(row.date("period_month")).isEqualTo(month.getKey());
            assertThat(row.longValue("handled_contacts"))
                    .isEqualTo(month.getValue().size());
            double seconds = month.getValue().stream()
                    .filter(c -> c.handleSeconds() != null)
                    .mapToDouble(Contact::handleSeconds)
                    .sum();
            assertThat(row.decimal("handled_seconds").doubleValue())
                    .isCloseTo(seconds, offset(0.001 * month.getValue().size()));
        }
    }

    @Test
    void frequentCustomersAreTheIdentifiedCustomersWithTheMostOutsourcedContacts() {
        List<Contact> contacts = LakeFixtures.contacts(12, 3_000, "fixture");
        Lake lake = lakeWith(contacts);

        List<String> top = new DuckDbQueries(lake)
                .run(LakeQueries.frequentCustomers(5)).stream()
                        .map(r -> r.string("customer_id"))
                        .toList();

        Map<String, Long> counts = contacts.stream()
                .filter(c -> c.customerId() != null
                        && Boolean.TRUE.equals(c.isCustomer())
                        && !c.handledBy().equals("inhouse"))
                .collect(Collectors.groupingBy(Contact::customerId, Collectors.counting()));
        List<String> expected = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(top).isEqualTo(expected);
    }

    @Test
    void contactedKeyCustomersCountOnlyTheListedCustomersOfTheVendorInThePeriod() {
        List<Contact> contacts = LakeFixtures.contacts(13, 3_000, "fixture");
        Lake lake = lakeWith(contacts);
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-01T00:00:00Z");
        List<Contact> inPeriod = contacts.stream()
                .filter(c -> c.handledBy().equals("bluesky") && c.customerId() != null)
                .filter(c -> !c.arrived().isBefore(from) && c.arrived().isBefore(to))
                .toList();
        Set<String> keyAccounts = inPeriod.stream()
                .map(Contact::customerId)
                .distinct()
                .sorted()
                .limit(10)
                .collect(Collectors.toSet());

        List<LakeRow> rows =
                new DuckDbQueries(lake).run(LakeQueries.contactedKeyCustomers("bluesky", from, to, keyAccounts));

        assertThat(rows)
                .extracting(r -> r.string("customer_id"))
                .containsExactlyElementsOf(keyAccounts.stream().sorted().toList());
        for (LakeRow row : rows) {
            long expected = inPeriod.stream()
                    .filter(c -> c.customerId().equals(row.string("customer_id")))
                    .count();
            assertThat(row.longValue("contacts")).isEqualTo(expected);
        }
    }

    @Test
    void anEmptyLakeGivesNoRows() {
        Lake lake = Lake.open(dir.resolve("empty"));
        assertThat(new DuckDbQueries(lake).run(LakeQueries.frequentCustomers(5)))
                .isEmpty();
    }

    private Lake lakeWith(List<Contact> contacts) {
        Lake lake = Lake.open(dir.resolve("lake"));
        LakeFixtures.writeDirect(lake, dir, contacts, "fixture");
        return lake;
    }
}
