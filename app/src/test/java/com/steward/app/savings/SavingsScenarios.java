package com.steward.app.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.audit.AuditEntry;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.PricingLink;
import com.steward.app.contracts.ResultInput;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.contracts.TeamMemberInput;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.costing.ScenarioEvaluation;
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
import com.steward.core.costing.PricingModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The money module end to end, on H2 and PostgreSQL by the two subclasses: exact ledger arithmetic and totals, CSV
 * export and all-or-nothing import, invoice lines feeding the service-credit invoice, the invoice check against a
 * plain computation over a small lake and the roster, savings realised against a hand computation from the business
 * case, and VENDOR users refused everywhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"steward.scorecards.cron=-", "steward.monitoring.cron=-"})
abstract class SavingsScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Savings savings;

    @Autowired
    Contracts contracts;

    @Autowired
    BusinessCaseScenarios businessCases;

    @Autowired
    Imports imports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    long own;

    @BeforeEach
    void accounts() {
        accounts = TestAccounts.create(vendors, users);
        own = accounts.ownVendor.id();
    }

    <T> T as(Role role, Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }

    // --- ledger ---

    @Test
    void ledgerAmountsAreExactAndTotalsAddUpByCategoryMonthAndPerson() {
        as(Role.ANALYST, () -> {
            savings.record(SavingsFixtures.governanceHours(own, "2026-01", "Maria", "7.25", "85.50"));
            savings.record(SavingsFixtures.governanceHours(own, "2026-01", "Tom", "0.1", "3"));
            savings.record(SavingsFixtures.governanceHours(own, "2026-02", "Maria", "4", "85.50"));
            savings.record(SavingsFixtures.plain(own, "2026-02", HiddenCostCategory.REWORK, "1200.10"));
            savings.record(SavingsFixtures.plain(own, "2026-02", HiddenCostCategory.ESCALATION, "300"));
            savings.record(SavingsFixtures.plain(own, "2026-03", HiddenCostCategory.ESCALATION, "250.25"));
            // another vendor's costs stay out of this vendor's totals
            savings.record(
                    SavingsFixtures.plain(accounts.otherVendor.id(), "2026-02", HiddenCostCategory.REWORK, "999.99"));
            return null;
        });
        LedgerTotals totals =
                as(Role.VIEWER, () -> savings.ledgerTotals(own, YearMonth.of(2026, 1), YearMonth.of(2026, 3)));

        // by hand: 7.25 × 85.50 = 619.875 → 619.88; 0.1 × 3 = 0.30; 4 × 85.50 = 342.00
        assertThat(totals.months())
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(totals.byCategory().get(HiddenCostCategory.GOVERNANCE_HOURS))
                .containsExactly(new BigDecimal("620.18"), new BigDecimal("342.00"), new BigDecimal("0.00"));
        assertThat(totals.byCategory().get(HiddenCostCategory.REWORK))
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("1200.10"), new BigDecimal("0.00"));
        assertThat(totals.categoryTotals().get(HiddenCostCategory.ESCALATION)).isEqualByComparingTo("550.25");
        assertThat(totals.total()).isEqualTo(new BigDecimal("2712.53"));
        assertThat(totals.escalations()).isEqualTo(2);
        assertThat(totals.governanceHours())
                .extracting(LedgerTotals.PersonHours::person)
                .containsExactly("Maria", "Tom");
        LedgerTotals.PersonHours maria = totals.governanceHours().getFirst();
        assertThat(maria.hours())
                .containsExactly(new BigDecimal("7.25"), new BigDecimal("4.00"), new BigDecimal("0.00"));
        assertThat(maria.totalHours()).isEqualByComparingTo("11.25");
        assertThat(maria.totalAmount()).isEqualByComparingTo("961.88");

        List<AuditEntry> audited = audit.newest(Savings.AUDIT_ENTRY, 50);
        assertThat(audited).anyMatch(e -> e.vendorId() != null && e.vendorId() == own);
    }

    @Test
    void invalidEntriesAreRefusedWithTheirFieldAndNothingIsWritten() throws Exception {
        long before = count("hidden_cost_entries");
        String base = "{\"vendorId\":" + own + ",\"month\":\"2026-01\",\"category\":\"GOVERNANCE_HOURS\",";
        post400(base + "\"person\":\"Ann\",\"hours\":2,\"description\":\"x\"}", "hourlyRate");
        post400(base + "\"hours\":2,\"hourlyRate\":80,\"description\":\"x\"}", "person");
        post400(base + "\"person\":\"Ann\",\"hours\":2,\"hourlyRate\":80.123,\"description\":\"x\"}", "hourlyRate");
        post400(
                base + "\"person\":\"Ann\",\"hours\":2,\"hourlyRate\":80,\"amount\":161,\"description\":\"x\"}",
                "amount");
        post400(base + "\"person\":\"Ann\",\"hours\":2,\"hourlyRate\":80}", "description");
        post400(
                "{\"vendorId\":" + own + ",\"month\":\"Jan 2026\",\"category\":\"REWORK\",\"amount\":5,"
                        + "\"description\":\"x\"}",
                "month");
        post400(
                "{\"vendorId\":" + own + ",\"month\":\"2026-01\",\"category\":\"REWORK\",\"amount\":-5,"
                        + "\"description\":\"x\"}",
                "amount");
        post400(
                "{\"vendorId\":" + own + ",\"month\":\"2026-01\",\"category\":\"REWORK\",\"description\":\"x\"}",
                "amount");
        assertThat(count("hidden_cost_entries")).isEqualTo(before);
    }

    @Test
    void aCsvImportIsAllOrNothingAndTheExportNeutralisesFormulas() throws Exception {
        String code = accounts.ownVendor.code();
        String bad = LedgerCsv.HEADER + "\n" + code + ",2026-01,REWORK,,,,100.00,Fine\n" + code
                + ",2026-01,GOVERNANCE_HOURS,,3,80,,No person\n";
        long before = count("hidden_cost_entries");
        mvc.perform(post("/api/v1/savings/ledger/import")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType("text/csv")
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("person"))
                .andExpect(jsonPath("$.detail", containsString("entry 2")));
        assertThat(count("hidden_cost_entries")).isEqualTo(before);

        String good = LedgerCsv.HEADER + "\r\n" + code + ",2026-01,REWORK,,,,100.00,\"Re-sent letters, twice\"\r\n"
                + code + ",2026-01,ESCALATION,,,,50,=HYPERLINK(\"http://evil\")\r\n" + code
                + ",2026-02,GOVERNANCE_HOURS,Ann Lee,3,80,,QBR prep\r\n";
        mvc.perform(post("/api/v1/savings/ledger/import")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf())
                        .contentType("text/csv")
                        .content(good))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[2].amount").value(240.00));

        String csv = mvc.perform(get("/govern/savings/ledger.csv")
                        .param("vendorId", Long.toString(own))
                        .param("from", "2026-01")
                        .param("to", "2026-02")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).startsWith("id," + LedgerCsv.HEADER);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(csv).contains("\"Re-sent letters, twice\"");
        assertThat(csv).contains(",Ann Lee,3.00,80.00,240.00,QBR prep,");

        // the export reads back in (the formula guard's apostrophe is removed again)
        String body = csv.lines()
                .skip(1)
                .map(line -> line.substring(line.indexOf(',') + 1))
                .map(line -> line.substring(0, nthComma(line, 8)))
                .reduce(LedgerCsv.HEADER, (a, b) -> a + "\n" + b);
        List<LedgerEntry> again = as(Role.ADMIN, () -> savings.importCsv(body));
        assertThat(again).extracting(LedgerEntry::description).contains("=HYPERLINK(\"http://evil\")");
    }

    // --- invoices and the invoice check ---

    @Test
    void invoiceLinesFeedTheServiceCreditInvoiceAndAreAudited() {
        Contract contract = as(Role.ADMIN, () -> {
            Contract c = contracts.create(ContractFixtures.contractFor(own, "Invoice contract"));
            contracts.defineScorecard(c.id(), ContractFixtures.qualityFirstScorecard());
            contracts.recordResults(c.id(), new ResultInput("2026-01", null, Map.of("csat", 0.80)));
            return c;
        });
        Invoice minutes = as(
                Role.ANALYST,
                () -> savings.recordInvoice(
                        contract.id(),
                        SavingsFixtures.line("2026-01", UnitType.HANDLED_MINUTE, "41250.5", "0.7125", "INV-1")));
        as(
                Role.ANALYST,
                () -> savings.recordInvoice(
                        contract.id(), SavingsFixtures.line("2026-01", UnitType.FTE_MONTH, "2", "4100.00", "INV-1")));
        // 41250.5 × 0.7125 = 29390.98125 → 29390.98; + 8200.00
        assertThat(minutes.amount()).isEqualTo(new BigDecimal("29390.98"));
        assertThat(periodInvoice(contract.id(), "2026-01")).isEqualByComparingTo("37590.98");
        // a month the contract has not recorded gets no period row (it would show as an unmeasured month)
        as(
                Role.ANALYST,
                () -> savings.recordInvoice(
                        contract.id(), SavingsFixtures.line("2026-02", UnitType.CONTACT, "10", "1", "INV-3")));
        assertThat(periodRows(contract.id())).isEqualTo(1);

        assertThatThrownBy(() -> as(
                        Role.ANALYST,
                        () -> savings.recordInvoice(
                                contract.id(), SavingsFixtures.line("2026-01", UnitType.FTE_MONTH, "3", "1", "INV-2"))))
                .isInstanceOf(ConflictException.class);

        as(
                Role.MANAGER,
                () -> savings.correctInvoice(
                        contract.id(), minutes.id(), SavingsFixtures.line(null, null, "40000", "0.7125", "INV-1b")));
        assertThat(periodInvoice(contract.id(), "2026-01")).isEqualByComparingTo("36700.00");
        ScorecardResults results = as(Role.MANAGER, () -> contracts.results(contract.id()));
        assertThat(results.periods())
                .filteredOn(p -> p.period().equals("2026-01"))
                .singleElement()
                .satisfies(p -> assertThat(p.invoice()).isCloseTo(36_700.0, within(1e-9)));

        as(Role.MANAGER, () -> {
            savings.invoices(contract.id()).forEach(i -> savings.deleteInvoice(contract.id(), i.id()));
            return null;
        });
        assertThat(periodInvoice(contract.id(), "2026-01")).isNull();
        assertThat(as(Role.MANAGER, () -> contracts.results(contract.id())).periods())
                .singleElement()
                .satisfies(p -> assertThat(p.invoice()).isCloseTo(100_000.0, within(1e-9)));
        assertThat(audit.newest(Savings.AUDIT_INVOICE, 20))
                .extracting(e -> e.action().name())
                .contains("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void theInvoiceCheckMatchesAPlainComputationOverTheLakeAndTheRoster() throws Exception {
        String code = accounts.ownVendor.code();
        String csv = IngestFixtures.interactionsCsv(
                "money-" + UUID.randomUUID() + "-", List.of(code, "inhouse", accounts.otherVendor.code()), 600, 11);
        Path file = Files.createTempFile("money-", ".csv");
        Files.writeString(file, csv);
        imports.importNow(new StartImportCommand(Dataset.INTERACTIONS, file, null, null, "test", "test"), p -> {});

        // the plain computation: answered contacts of the vendor arriving in January 2026 (UTC), Σ handle seconds
        long contacts = 0;
        long seconds = 0;
        for (String line : csv.lines().skip(1).toList()) {
            String[] c = line.split(",", -1);
            Instant arrived = Instant.parse(c[8]);
            if (c[1].equals(code)
                    && !c[9].isEmpty()
                    && YearMonth.from(arrived.atZone(ZoneOffset.UTC)).equals(YearMonth.of(2026, 1))) {
                contacts++;
                seconds += Long.parseLong(c[11]);
            }
        }
        assertThat(contacts).isGreaterThan(30);
        BigDecimal minutes = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 3, RoundingMode.HALF_UP);
        BigDecimal inflated = minutes.multiply(new BigDecimal("1.06")).setScale(3, RoundingMode.HALF_UP);

        long handledContacts = contacts;
        Contract contract = as(Role.ADMIN, () -> contracts.create(ContractFixtures.contractFor(own, "Checked")));
        as(Role.ADMIN, () -> {
            // two dedicated members all January, one from the 16th (16/31), one not dedicated
            contracts.addMember(contract.id(), member("a1", "2025-06-01", null, true));
            contracts.addMember(contract.id(), member("a2", "2025-06-01", "2026-03-31", true));
            contracts.addMember(contract.id(), member("a3", "2026-01-16", null, true));
            contracts.addMember(contract.id(), member("a4", "2025-06-01", null, false));
            savings.recordInvoice(
                    contract.id(),
                    SavingsFixtures.line("2026-01", UnitType.HANDLED_MINUTE, inflated.toPlainString(), "0.80", "B-1"));
            savings.recordInvoice(
                    contract.id(),
                    SavingsFixtures.line("2026-01", UnitType.CONTACT, Long.toString(handledContacts), "2.50", "B-1"));
            savings.recordInvoice(
                    contract.id(), SavingsFixtures.line("2026-01", UnitType.FTE_MONTH, "2.516", "4000", "B-1"));
            return null;
        });

        InvoiceCheck check = as(Role.VIEWER, () -> savings.invoiceCheck(contract.id(), YearMonth.of(2026, 1)));
        assertThat(check.tolerancePercent()).isEqualTo(2.0);
        Map<UnitType, InvoiceCheck.Line> lines = new java.util.EnumMap<>(UnitType.class);
        check.lines().forEach(l -> lines.put(l.invoice().unitType(), l));

        InvoiceCheck.Line minuteLine = lines.get(UnitType.HANDLED_MINUTE);
        assertThat(minuteLine.difference().measuredUnits()).isEqualByComparingTo(minutes);
        assertThat(minuteLine.difference().percentDifference()).isCloseTo(6.0, within(0.01));
        assertThat(minuteLine.difference().moneyDifference())
                .isEqualByComparingTo(inflated.subtract(minutes)
                        .multiply(new BigDecimal("0.80"))
                        .setScale(2, RoundingMode.HALF_UP));
        assertThat(minuteLine.difference().flagged()).isTrue();

        InvoiceCheck.Line contactLine = lines.get(UnitType.CONTACT);
        assertThat(contactLine.difference().measuredUnits()).isEqualByComparingTo(BigDecimal.valueOf(contacts));
        assertThat(contactLine.difference().flagged()).isFalse();

        // 31 + 31 + 16 member-days / 31 = 2.516
        InvoiceCheck.Line fteLine = lines.get(UnitType.FTE_MONTH);
        assertThat(fteLine.difference().measuredUnits()).isEqualByComparingTo("2.516");
        assertThat(fteLine.difference().flagged()).isFalse();
        assertThat(check.flagged()).isTrue();
        assertThat(check.moneyDifference())
                .isEqualByComparingTo(minuteLine.difference().moneyDifference());

        mvc.perform(get("/api/v1/savings/contracts/" + contract.id() + "/invoice-check")
                        .param("month", "2026-01")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.lines.length()").value(3));
        mvc.perform(get("/govern/savings/contracts/" + contract.id()).with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Outside tolerance")));
    }

    // --- savings realisation ---

    @Test
    void realisedSavingsFollowTheBusinessCaseInvoicesCreditsAndHiddenCosts() {
        BusinessCaseScenario scenario = as(
                Role.ADMIN,
                () -> businessCases.create(new BusinessCaseInput(
                        "Money test case",
                        "",
                        12,
                        null,
                        new BusinessCaseInput.WorkloadInput(5_000.0, 420.0, null, null, null, null),
                        null,
                        null,
                        List.of(new BusinessCaseInput.OfferInput(
                                "Offer M",
                                PricingModel.PER_HANDLED_MINUTE,
                                1.0,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))));
        Contract contract = as(Role.ADMIN, () -> {
            Contract c = contracts.create(new ContractInput(
                    own,
                    "Realised contract",
                    ContractStatus.ACTIVE,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    new PricingLink(scenario.id(), "Offer M"),
                    List.of(),
                    List.of(),
                    List.of(),
                    30_000.0,
                    null));
            contracts.defineScorecard(c.id(), ContractFixtures.qualityFirstScorecard());
            return c;
        });
        String[] months = {"2026-01", "2026-02", "2026-03", "2026-04"};
        String[] invoices = {"35000", "35500", "34800", "35200"};
        Map<String, Double> breached = Map.of("csat", 0.70, "qa", 70.0, "aht", 400.0);
        as(Role.MANAGER, () -> {
            // February breaches before its invoice arrives: the invoice line becomes the credit's basis
            contracts.recordResults(contract.id(), new ResultInput("2026-02", null, breached));
            for (int i = 0; i < months.length; i++) {
                savings.recordInvoice(
                        contract.id(),
                        SavingsFixtures.line(months[i], UnitType.HANDLED_MINUTE, invoices[i], "1", "M-" + i));
            }
            // April's results come after its invoice: the contract credits its expected 30,000, re-based on 35,200
            contracts.recordResults(contract.id(), new ResultInput("2026-04", null, breached));
            savings.record(SavingsFixtures.governanceHours(own, "2026-01", "Maria", "10", "90"));
            savings.record(SavingsFixtures.plain(own, "2026-03", HiddenCostCategory.REWORK, "1500.50"));
            return null;
        });

        ScenarioEvaluation evaluation = as(Role.VIEWER, () -> businessCases.evaluate(scenario.id()));
        List<Double> inHouseCumulative = evaluation.options().stream()
                .filter(ScenarioEvaluation.Option::inHouse)
                .findFirst()
                .orElseThrow()
                .cumulativeCosts();
        ScenarioEvaluation.Option offer = evaluation.options().stream()
                .filter(o -> o.name().equals("Offer M"))
                .findFirst()
                .orElseThrow();
        ScorecardResults results = as(Role.VIEWER, () -> contracts.results(contract.id()));
        ScorecardResults.Period february = results.periods().stream()
                .filter(p -> p.period().equals("2026-02"))
                .findFirst()
                .orElseThrow();
        assertThat(february.credit()).isPositive();
        assertThat(february.invoice()).isCloseTo(35_500.0, within(1e-9));
        ScorecardResults.Period april = results.periods().stream()
                .filter(p -> p.period().equals("2026-04"))
                .findFirst()
                .orElseThrow();
        assertThat(april.invoice()).isCloseTo(30_000.0, within(1e-9));
        assertThat(april.credit()).isPositive();

        SavingsRealization r = as(Role.VIEWER, () -> savings.savingsRealization(contract.id()));
        double[] hidden = {900.0, 0, 1500.50, 0};
        double[] credit = {
            0, february.credit() - february.earnedBack(), 0, (april.credit() - april.earnedBack()) * 35_200 / 30_000
        };
        double realized = 0;
        for (int i = 0; i < months.length; i++) {
            double inHouse = inHouseCumulative.get(i) - (i == 0 ? 0 : inHouseCumulative.get(i - 1));
            double expected = inHouse - (Double.parseDouble(invoices[i]) - credit[i] + hidden[i]);
            assertThat(r.months().get(i).realizedSavings()).as(months[i]).isCloseTo(expected, within(1e-6));
            realized += expected;
        }
        assertThat(r.months()).hasSize(12);
        assertThat(r.months().get(4).realizedSavings()).isNull();
        assertThat(r.realizedToDate()).isCloseTo(realized, within(1e-6));
        assertThat(r.target()).isCloseTo(offer.savings(), within(1e-6));
        assertThat(r.months().getLast().cumulativePlan()).isCloseTo(offer.savings(), within(1e-6));
        assertThat(r.forecast()).isNotNull();
        assertThat(r.forecast().months()).hasSize(8);
        double fitted = r.forecast().months().stream()
                .mapToDouble(com.steward.core.savings.SavingsForecast.Observation::realized)
                .sum();
        assertThat(r.forecast().projectedTotal()).isCloseTo(realized + fitted, within(1e-6));
        assertThat(r.months().getLast().cumulativeForecast())
                .isCloseTo(r.forecast().projectedTotal(), within(1e-6));
        assertThat(r.forecast().probabilityOfReachingTarget()).isBetween(0.0, 1.0);
    }

    @Test
    void aContractWithoutABusinessCaseSaysSoAndStillShowsItsCosts() throws Exception {
        Contract contract = as(Role.ADMIN, () -> contracts.create(ContractFixtures.contractFor(own, "No case")));
        as(
                Role.ADMIN,
                () -> savings.recordInvoice(
                        contract.id(), SavingsFixtures.line("2026-01", UnitType.CONTACT, "1000", "3.10", "N-1")));
        SavingsRealization r = as(Role.VIEWER, () -> savings.savingsRealization(contract.id()));
        assertThat(r.businessCaseId()).isNull();
        assertThat(r.target()).isNull();
        assertThat(r.forecast()).isNull();
        assertThat(r.note()).contains("links no business case");
        assertThat(r.months().getFirst().actualCost()).isCloseTo(3_100.0, within(1e-9));
        assertThat(r.months().getFirst().realizedSavings()).isNull();
        mvc.perform(get("/govern/savings/contracts/" + contract.id()).with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("links no business case")));
    }

    // --- access ---

    @Test
    void vendorUsersAreRefusedEverywhereEvenForTheirOwnVendor() throws Exception {
        Contract contract = as(Role.ADMIN, () -> contracts.create(ContractFixtures.contractFor(own, "Own")));
        LedgerEntry entry = as(
                Role.ADMIN,
                () -> savings.record(SavingsFixtures.plain(own, "2026-01", HiddenCostCategory.ESCALATION, "10")));
        var vendor = user(accounts.principal(Role.VENDOR));
        for (String path : List.of(
                "/govern/savings",
                "/govern/savings/ledger",
                "/govern/savings/ledger.csv",
                "/govern/savings/contracts/" + contract.id(),
                "/api/v1/savings/ledger?from=2026-01&to=2026-12&vendorId=" + own,
                "/api/v1/savings/ledger/totals?from=2026-01&to=2026-12&vendorId=" + own,
                "/api/v1/savings/ledger/" + entry.id(),
                "/api/v1/savings/contracts/" + contract.id() + "/invoices",
                "/api/v1/savings/contracts/" + contract.id() + "/invoice-check?month=2026-01",
                "/api/v1/savings/contracts/" + contract.id() + "/realization")) {
            mvc.perform(get(path).with(vendor)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/savings/ledger")
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vendorId\":" + own + ",\"month\":\"2026-01\",\"category\":\"OTHER\",\"amount\":1,"
                                + "\"description\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/savings/ledger/" + entry.id()).with(vendor).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/savings/contracts/" + contract.id() + "/invoices/1")
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/govern/savings/ledger/" + entry.id() + "/delete")
                        .with(vendor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // the facade refuses too, whoever calls it
        assertThatThrownBy(() -> as(Role.VENDOR, () -> savings.savingsRealization(contract.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as(Role.VENDOR, () -> savings.ledgerTotals(own, YearMonth.of(2026, 1), YearMonth.of(2026, 1))))
                .isInstanceOf(AccessDeniedException.class);
        // the viewer reads but never writes
        assertThatThrownBy(() -> as(
                        Role.VIEWER,
                        () -> savings.record(SavingsFixtures.plain(own, "2026-01", HiddenCostCategory.OTHER, "1"))))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/govern/savings").with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk());
        assertThat(as(Role.ADMIN, () -> savings.entry(entry.id()))).isNotNull();
    }

    @Test
    void aPageFormWithABadNumberShowsTheFieldAndKeepsTheInput() throws Exception {
        Contract contract = as(Role.ADMIN, () -> contracts.create(ContractFixtures.contractFor(own, "Form")));
        mvc.perform(post("/govern/savings/contracts/" + contract.id() + "/invoices")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .param("month", "2026-01")
                        .param("unitType", "CONTACT")
                        .param("invoicedUnits", "12x")
                        .param("unitPrice", "2")
                        .param("reference", "F-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("invoicedUnits &#39;12x&#39; is not a number")))
                .andExpect(content().string(containsString("value=\"F-1\"")));
        assertThat(as(Role.ADMIN, () -> savings.invoices(contract.id()))).isEmpty();
        assertThatThrownBy(() -> as(
                        Role.ADMIN,
                        () -> savings.recordInvoice(
                                contract.id(), SavingsFixtures.line("2026-13", UnitType.CONTACT, "1", "1", "X"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("yyyy-MM");
    }

    @Test
    void aBadInvoiceCorrectionAnswers400WithItsFieldAndChangesNothing() throws Exception {
        Contract contract = as(Role.ADMIN, () -> contracts.create(ContractFixtures.contractFor(own, "Correct")));
        Invoice line = as(
                Role.ADMIN,
                () -> savings.recordInvoice(
                        contract.id(), SavingsFixtures.line("2026-01", UnitType.CONTACT, "100", "2", "C-1")));
        for (String[] bad : List.of(
                new String[] {"{\"invoicedUnits\":-1,\"unitPrice\":2,\"reference\":\"C-1\"}", "invoicedUnits"},
                new String[] {"{\"invoicedUnits\":1.2345,\"unitPrice\":2,\"reference\":\"C-1\"}", "invoicedUnits"},
                new String[] {"{\"invoicedUnits\":10,\"unitPrice\":2,\"reference\":\" \"}", "reference"},
                new String[] {"{\"invoicedUnits\":10,\"reference\":\"C-1\"}", "unitPrice"})) {
            mvc.perform(put("/api/v1/savings/contracts/" + contract.id() + "/invoices/" + line.id())
                            .with(user(accounts.principal(Role.ANALYST)))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bad[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        assertThat(as(Role.ADMIN, () -> savings.invoices(contract.id())))
                .singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("200.00"));
        // another contract's line is not found through this contract
        Contract other = as(Role.ADMIN, () -> contracts.create(ContractFixtures.contractFor(own, "Other")));
        mvc.perform(delete("/api/v1/savings/contracts/" + other.id() + "/invoices/" + line.id())
                        .with(user(accounts.principal(Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // the ledger form keeps what was typed and names the field
        mvc.perform(post("/govern/savings/ledger")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf())
                        .param("vendorId", Long.toString(own))
                        .param("month", "2026-01")
                        .param("category", "GOVERNANCE_HOURS")
                        .param("hours", "3")
                        .param("hourlyRate", "80")
                        .param("description", "Typed text"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("governance hours need the person")))
                .andExpect(content().string(containsString("Typed text")));
    }

    // --- helpers ---

    private void post400(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/savings/ledger")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long periodRows(long contractId) {
        return jdbc.sql("SELECT COUNT(*) FROM contract_periods WHERE contract_id = :c")
                .param("c", contractId)
                .query(Long.class)
                .single();
    }

    private BigDecimal periodInvoice(long contractId, String month) {
        return jdbc.sql("SELECT invoice_amount FROM contract_periods WHERE contract_id = :c AND period_start = :m")
                .param("c", contractId)
                .param("m", YearMonth.parse(month).atDay(1))
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getBigDecimal(1)))
                .optional()
                .flatMap(x -> x)
                .orElse(null);
    }

    private static TeamMemberInput member(String agent, String start, String end, boolean dedicated) {
        return new TeamMemberInput(
                agent, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), dedicated, List.of(), null);
    }

    private static int nthComma(String line, int n) {
        boolean quoted = false;
        int seen = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted && ++seen == n) {
                return i;
            }
        }
        return line.length();
    }
}
