package com.steward.app.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo company's money on its default simulated lake (twelve months, 20,000 contacts a month): the invoice check
 * flags exactly Bluesky's two over-billed months, Acme's savings are realised against its business case with a
 * forecast of the two months not invoiced yet, and corvid's escalations pile up in its last three months.
 */
@EmbeddedDatabase
@SpringBootTest(
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=12",
            "steward.demo.lake.contacts-per-month=20000",
            "steward.scorecards.cron=-",
            "steward.monitoring.cron=-"
        })
class DemoSavingsH2IntegrationTest {

    @Autowired
    Savings savings;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    TestAccounts accounts;

    @Autowired
    java.time.Clock clock;

    /** The demo's {@code index}-th simulated month (0 = the first; the year ends with last month). */
    private YearMonth month(int index) {
        return com.steward.app.demo.DemoCalendar.of(clock).month(index);
    }

    @BeforeEach
    void accounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    <T> T asViewer(Supplier<T> work) {
        return ContractFixtures.as(accounts, Role.VIEWER, work);
    }

    @Test
    void onlyBlueskysTwoOverBilledMonthsAreFlagged() {
        List<String> flagged = asViewer(() -> savings.contracts().stream()
                .flatMap(c -> savings.invoiceChecks(c.id()).stream())
                .filter(InvoiceCheck::flagged)
                .map(c -> c.vendorCode() + " " + c.month())
                .sorted()
                .toList());
        // the seventh and ninth simulated months (the story's October and December 2025)
        assertThat(flagged).containsExactly("bluesky " + month(6), "bluesky " + month(8));
        InvoiceCheck october =
                asViewer(() -> savings.invoiceCheck(contract("bluesky").id(), month(6)));
        assertThat(october.lines().getFirst().difference().percentDifference()).isCloseTo(6.1, within(0.1));
        assertThat(october.moneyDifference()).isPositive();
    }

    @Test
    void acmeRealisesItsSavingsAgainstTheBusinessCaseWithAForecast() {
        SavingsRealization acme =
                asViewer(() -> savings.savingsRealization(contract("acme").id()));
        assertThat(acme.businessCaseId()).isNotNull();
        // the business case covers the two-year term (one transition, two years of savings)
        assertThat(acme.target()).isBetween(500_000.0, 850_000.0);
        // the term runs two years from the demo's first month; every simulated month up to last month is invoiced
        assertThat(acme.months()).hasSize(24);
        assertThat(acme.months().stream().filter(m -> m.realizedSavings() != null))
                .hasSize(12);
        assertThat(acme.forecast()).isNotNull();
        assertThat(acme.forecast().months()).hasSize(12);
        assertThat(acme.forecast().probabilityOfReachingTarget()).isBetween(0.0, 1.0);
        // the transition overran: after the second month the realised savings trail the plan
        assertThat(acme.months().get(1).cumulativeRealized())
                .isLessThan(acme.months().get(1).cumulativePlan());

        SavingsRealization bluesky =
                asViewer(() -> savings.savingsRealization(contract("bluesky").id()));
        assertThat(bluesky.note()).contains("links no business case");
    }

    @Test
    void corvidsEscalationsPileUpInItsLastThreeMonths() {
        long corvid = vendor("corvid").id();
        LedgerTotals early = asViewer(() -> savings.ledgerTotals(corvid, month(0), month(8)));
        LedgerTotals late = asViewer(() -> savings.ledgerTotals(corvid, month(9), month(11)));
        assertThat(early.escalations()).isEqualTo(1);
        assertThat(late.escalations()).isEqualTo(9);
        assertThat(late.governanceHours())
                .extracting(LedgerTotals.PersonHours::person)
                .contains("Maria Manager");
    }

    private Contract contract(String vendorCode) {
        long id = vendor(vendorCode).id();
        return asViewer(() -> savings.contracts().stream()
                .filter(c -> c.vendorId() == id)
                .findFirst()
                .orElseThrow());
    }

    private Vendor vendor(String code) {
        return asViewer(() -> vendors.visibleVendors().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow());
    }
}
