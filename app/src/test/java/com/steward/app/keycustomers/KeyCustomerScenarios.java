package com.steward.app.keycustomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.contracts.ContractFixtures;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.IngestFixtures;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.relationship.StratifiedSampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Key customers end to end on a small generated lake, on H2 and PostgreSQL by the two subclasses: the month's
 * population comes from the lake (key accounts only, the vendor only, the month only), the sample is stratified by
 * queue × region with proportional allocation and reproducible from its seed, calls are assigned round-robin,
 * outcomes are validated and summarised, CSV imports are all or nothing with line and column, and VENDOR users see
 * only their own anonymised summary.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class KeyCustomerScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Imports imports;

    @Autowired
    KeyAccounts keyAccounts;

    @Autowired
    KeyCustomerSamples samples;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    String tag;
    /** The key customers who contacted the own vendor in February 2026, with their stratum. */
    List<ContactedCustomer> february;

    @BeforeEach
    void lakeAndAccounts() throws IOException {
        accounts = TestAccounts.create(vendors, users);
        tag = UUID.randomUUID().toString().substring(0, 6) + "-";
        february = new ArrayList<>();
        StringBuilder csv = new StringBuilder(IngestFixtures.HEADER).append('\n');
        String own = accounts.ownVendor.code();
        String other = accounts.otherVendor.code();
        int row = 0;
        // 40 key customers in four strata of 20, 10, 6 and 4 contact the own vendor in February.
        for (int k = 1; k <= 40; k++) {
            String queue = k <= 30 ? "billing" : "technical";
            String region = k <= 20 || (k > 30 && k <= 36) ? "CA" : "NY";
            String id = key(k);
            int contacts = k <= 5 ? 2 : 1;
            csv.append(contact(row++, own, queue, region, id, "2026-02-0" + (1 + k % 9) + "T10:00:00Z"));
            if (k <= 5) { // a later contact in another queue and region: the stratum is the first contact's
                csv.append(contact(row++, own, "technical", "NY", id, "2026-02-20T10:00:00Z"));
            }
            february.add(new ContactedCustomer(id, queue, region, contacts));
        }
        for (int n = 1; n <= 10; n++) { // not key accounts
            csv.append(contact(row++, own, "billing", "CA", tag + "n" + n, "2026-02-03T11:00:00Z"));
        }
        for (int k = 41; k <= 45; k++) { // key accounts: own vendor only in January, the other vendor in February
            csv.append(contact(row++, own, "sales", "CA", key(k), "2026-01-15T09:00:00Z"));
            csv.append(contact(row++, other, "billing", "CA", key(k), "2026-02-15T09:00:00Z"));
        }
        Path file = Files.createTempFile("key-customers-", ".csv");
        Files.writeString(file, csv.toString());
        imports.importNow(new StartImportCommand(Dataset.INTERACTIONS, file, null, null, "test", "test"), p -> {});
        StringBuilder accountsCsv = new StringBuilder("customer_id,name,tier,account_owner\n");
        for (int k = 1; k <= 45; k++) {
            accountsCsv
                    .append(key(k))
                    .append(",\"Customer ")
                    .append(k)
                    .append(", Inc.\",")
                    .append(k % 3 == 0 ? "STRATEGIC" : "MAJOR")
                    .append(",Olivia Owner\n");
        }
        ImportSummary imported = as(Role.ANALYST, () -> keyAccounts.importCsv(accountsCsv.toString()));
        assertThat(imported).isEqualTo(new ImportSummary(45, 0));
    }

    private String key(int k) {
        return tag + String.format("k%02d", k);
    }

    private String contact(int row, String vendor, String queue, String region, String customer, String at) {
        Instant arrived = Instant.parse(at);
        return String.join(
                        ",",
                        tag + "i" + row,
                        vendor,
                        "site0",
                        "voice",
                        queue,
                        region,
                        customer,
                        "true",
                        arrived.toString(),
                        arrived.plusSeconds(30).toString(),
                        arrived.plusSeconds(330).toString(),
                        "300",
                        "false",
                        "true",
                        "false",
                        "a1",
                        "",
                        "",
                        "")
                + "\n";
    }

    <T> T as(Role role, java.util.function.Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }

    private SampleInput input(String month, int size, long seed) {
        return new SampleInput(
                accounts.ownVendor.id(),
                month,
                size,
                seed,
                List.of(
                        accounts.principal(Role.ANALYST).id(),
                        accounts.principal(Role.MANAGER).id()));
    }

    @Test
    void theSampleIsStratifiedProportionallyAndReproducibleFromItsSeed() {
        KeyCustomerSample sample = as(Role.ANALYST, () -> samples.draw(input("2026-02", 10, 99L)));
        assertThat(sample.population()).isEqualTo(40);
        assertThat(sample.strata()).isEqualTo(4);
        assertThat(sample.seed()).isEqualTo(99L);
        assertThat(sample.calls()).hasSize(10);
        Map<String, Integer> perStratum = new TreeMap<>();
        sample.calls().forEach(c -> perStratum.merge(c.queue() + "|" + c.region(), 1, Integer::sum));
        // One each, then 6 by the remaining 19, 9, 5, 3: quotas 3.17, 1.50, 0.83, 0.50 → 3, 1, 0, 0 plus the two
        // largest remainders (technical|CA .83, then billing|NY .50 — the larger of the tied strata).
        assertThat(perStratum)
                .containsExactlyEntriesOf(
                        new TreeMap<>(Map.of("billing|CA", 4, "billing|NY", 3, "technical|CA", 2, "technical|NY", 1)));
        // The same draw, done independently on the known population, picks the same customers in the same order.
        List<String> expected =
                StratifiedSampling.draw(february, ContactedCustomer::stratum, ContactedCustomer::customerId, 10, 99L)
                        .stream()
                        .map(ContactedCustomer::customerId)
                        .toList();
        assertThat(sample.calls()).extracting(KeyCustomerCall::customerId).containsExactlyElementsOf(expected);
        assertThat(sample.calls()).allSatisfy(c -> {
            assertThat(c.customerName()).startsWith("Customer ");
            int k = Integer.parseInt(c.customerId().substring(tag.length() + 1));
            assertThat(k).isBetween(1, 40);
            assertThat(c.contacts()).isEqualTo(k <= 5 ? 2 : 1);
        });
        // Round-robin: analyst, manager, analyst, …
        for (KeyCustomerCall c : sample.calls()) {
            Role expectedCaller = c.ordinal() % 2 == 0 ? Role.ANALYST : Role.MANAGER;
            assertThat(c.assigneeId())
                    .isEqualTo(accounts.principal(expectedCaller).id());
        }
        assertThat(as(Role.VIEWER, () -> samples.reproducible(sample.id()))).isTrue();
        assertThatThrownBy(() -> as(Role.ANALYST, () -> samples.draw(input("2026-02", 5, 1L))))
                .isInstanceOf(ConflictException.class);
        // January: only the five key customers who called the own vendor then.
        KeyCustomerSample january = as(Role.ANALYST, () -> samples.draw(input("2026-01", 50, 7L)));
        assertThat(january.population()).isEqualTo(5);
        assertThat(january.calls()).extracting(KeyCustomerCall::queue).containsOnly("sales");
    }

    @Test
    void samplesRefuseBadInput() {
        assertThatThrownBy(() -> as(Role.ANALYST, () -> samples.draw(input("2026-13", 5, 1L))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("yyyy-MM");
        assertThatThrownBy(() -> as(Role.ANALYST, () -> samples.draw(input("2025-06", 5, 1L))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no key customer contacted");
        assertThatThrownBy(() -> as(
                        Role.ANALYST,
                        () -> samples.draw(new SampleInput(
                                accounts.ownVendor.id(),
                                "2026-02",
                                5,
                                1L,
                                List.of(accounts.principal(Role.VIEWER).id())))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cannot make calls");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM key_customer_samples WHERE vendor_id = :v")
                        .param("v", accounts.ownVendor.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void outcomesAreValidatedAndSummarisedAndTheVendorSeesOnlyItsAnonymisedSummary() throws Exception {
        KeyCustomerSample sample = as(Role.ANALYST, () -> samples.draw(input("2026-02", 6, 5L)));
        List<KeyCustomerCall> calls = sample.calls();
        var analyst = user(accounts.principal(Role.ANALYST));
        record(
                analyst,
                calls.get(0).id(),
                "{\"outcome\":\"REACHED\",\"satisfaction\":5," + "\"feedback\":\"Very helpful and friendly agent\"}");
        record(
                analyst,
                calls.get(1).id(),
                "{\"outcome\":\"REACHED\",\"satisfaction\":3,"
                        + "\"feedback\":\"Long wait on hold before anyone answered\",\"followUp\":true}");
        record(analyst, calls.get(2).id(), "{\"outcome\":\"NO_ANSWER\"}");
        record(analyst, calls.get(3).id(), "{\"outcome\":\"DECLINED\"}");
        mvc.perform(put("/api/v1/key-customers/calls/" + calls.get(4).id())
                        .with(analyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"REACHED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
        mvc.perform(put("/api/v1/key-customers/calls/" + calls.get(4).id())
                        .with(analyst)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"NO_ANSWER\",\"satisfaction\":4}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/key-customers/calls/" + calls.get(4).id())
                        .with(user(accounts.principal(Role.VIEWER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"NO_ANSWER\"}"))
                .andExpect(status().isForbidden());

        SampleSummary summary = as(Role.VIEWER, () -> samples.summary(sample.id()));
        assertThat(summary.sampled()).isEqualTo(6);
        assertThat(summary.called()).isEqualTo(4);
        assertThat(summary.reached()).isEqualTo(2);
        assertThat(summary.noAnswer()).isEqualTo(1);
        assertThat(summary.declined()).isEqualTo(1);
        assertThat(summary.followUps()).isEqualTo(1);
        assertThat(summary.meanSatisfaction()).isEqualTo(4.0);
        // n = 2: s = √2, t(0.975, 1) = 12.706 → 4 ± 12.7, clipped to the 1–5 scale.
        assertThat(summary.interval().low()).isEqualTo(1.0);
        assertThat(summary.interval().high()).isEqualTo(5.0);
        assertThat(summary.feedback()).hasSize(2);
        assertThat(summary.distribution()).containsExactly(0, 0, 1, 0, 1);

        var vendor = user(accounts.principal(Role.VENDOR));
        String voice = mvc.perform(get("/api/v1/key-customers/vendors/" + accounts.ownVendor.id() + "/voice")
                        .param("month", "2026-02")
                        .with(vendor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sampled").value(6))
                .andExpect(jsonPath("$.reached").value(2))
                .andExpect(jsonPath("$.meanSatisfaction").value(4.0))
                .andExpect(jsonPath("$.themes['waiting time']").value(1))
                .andExpect(jsonPath("$.themes['agent attitude']").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(voice).doesNotContain(tag).doesNotContain("Customer ").doesNotContain("hold before");
        mvc.perform(get("/api/v1/key-customers/vendors/" + accounts.otherVendor.id() + "/voice")
                        .param("month", "2026-02")
                        .with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/key-customers/samples/" + sample.id()).with(vendor))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/key-customers/samples/" + sample.id() + "/summary")
                        .with(vendor))
                .andExpect(status().isForbidden());
        mvc.perform(get("/govern/key-customers/samples/" + sample.id()).with(vendor))
                .andExpect(status().isForbidden());
        mvc.perform(get("/govern/key-customers/samples/" + sample.id()).with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Long wait on hold")));
    }

    private void record(org.springframework.test.web.servlet.request.RequestPostProcessor who, long callId, String json)
            throws Exception {
        mvc.perform(put("/api/v1/key-customers/calls/" + callId)
                        .with(who)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk());
    }

    @Test
    void aCsvImportIsAllOrNothingAndNamesLineAndColumn() throws Exception {
        long before =
                jdbc.sql("SELECT COUNT(*) FROM key_accounts").query(Long.class).single();
        var analyst = user(accounts.principal(Role.ANALYST));
        mvc.perform(post("/api/v1/key-customers/accounts/import")
                        .with(analyst)
                        .with(csrf())
                        .contentType("text/csv")
                        .content("id,name,tier\nx,y,MAJOR\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].expected").value("the header customer_id,name,tier,account_owner"));
        String bad = "customer_id,name,tier,account_owner\n"
                + tag + "new1,New One,MAJOR,Olivia\n"
                + tag + "new2,New Two,GOLD,Olivia\n"
                + tag + "new1,Again,MAJOR,Olivia\n"
                + tag + "new3,Three,MAJOR\n"
                + tag + "new4,,STANDARD,Olivia\n";
        mvc.perform(post("/api/v1/key-customers/accounts/import")
                        .with(analyst)
                        .with(csrf())
                        .contentType("text/csv")
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("tier"))
                .andExpect(jsonPath("$.errors[0].found").value("GOLD"))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("customer_id"))
                .andExpect(jsonPath("$.errors[1].expected").value("a customer id not already on line 2"))
                .andExpect(jsonPath("$.errors[2].line").value(5))
                .andExpect(jsonPath("$.errors[2].expected").value("4 columns"))
                .andExpect(jsonPath("$.errors[3].line").value(6))
                .andExpect(jsonPath("$.errors[3].column").value("name"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM key_accounts")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        // A listed customer id is updated; a new one added.
        String good = "customer_id,name,tier,account_owner\r\n" + key(1) + ",Renamed Ltd,STRATEGIC,Rita\r\n" + tag
                + "new9,\"Nine, the \"\"best\"\"\",STANDARD,Rita\r\n";
        mvc.perform(post("/api/v1/key-customers/accounts/import")
                        .with(analyst)
                        .with(csrf())
                        .contentType("text/csv")
                        .content(good))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.updated").value(1));
        List<KeyAccount> listed = as(Role.VIEWER, () -> keyAccounts.list());
        assertThat(listed)
                .filteredOn(a -> a.customerId().equals(key(1)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.name()).isEqualTo("Renamed Ltd");
                    assertThat(a.tier()).isEqualTo(Tier.STRATEGIC);
                });
        assertThat(listed)
                .filteredOn(a -> a.customerId().equals(tag + "new9"))
                .singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Nine, the \"best\""));
        // The page shows the problems too.
        mvc.perform(post("/govern/key-customers/accounts/import")
                        .with(analyst)
                        .with(csrf())
                        .param("csv", bad))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("problems"));
    }

    @Test
    void keyAccountsAreForClientStaffOnly() throws Exception {
        var vendor = user(accounts.principal(Role.VENDOR));
        mvc.perform(get("/api/v1/key-customers/accounts").with(vendor)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/key-customers/samples").with(vendor)).andExpect(status().isForbidden());
        mvc.perform(get("/govern/key-customers/samples").with(vendor)).andExpect(status().isForbidden());
        assertThatThrownBy(() -> as(Role.VENDOR, () -> keyAccounts.list()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        Role.VIEWER,
                        () -> keyAccounts.add(new KeyAccountInput(tag + "v", "Viewer's", Tier.MAJOR, "x"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(post("/api/v1/key-customers/accounts")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":\"" + key(2) + "\",\"name\":\"Dup\",\"tier\":\"MAJOR\","
                                + "\"accountOwner\":\"x\"}"))
                .andExpect(status().isConflict());
    }
}
