package com.steward.app.demo;

import static com.steward.app.demo.DemoActor.as;
import static com.steward.app.demo.DemoActor.system;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.PricingLink;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.savings.HiddenCostCategory;
import com.steward.app.savings.InvoiceInput;
import com.steward.app.savings.LedgerEntryInput;
import com.steward.app.savings.Savings;
import com.steward.app.savings.UnitType;
import com.steward.app.vendors.Vendor;
import com.steward.core.costing.PricingModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's money: a business case for the Acme contract (linked to it), a hidden-cost ledger for acme,
 * bluesky and corvid over the demo's twelve months (governance hours of named people, rework, escalations — many
 * more for corvid in its last three, degrading months — and Acme's transition costs, which overran), and monthly
 * invoice lines for the two contracted vendors for every simulated month, up to the last complete month (the rest
 * of each contract's term is what the savings forecast forecasts). Bluesky invoices about 6% more handled minutes
 * than the lake shows in the demo's seventh and ninth months; every other month is within half a percent. Each
 * contract's expected monthly invoice is then set to the mean of its invoices, so it matches the simulated volumes
 * at the contract's price. Months follow {@link DemoCalendar}.
 *
 * <p>The invoices are recorded once the demo lake exists (this runner follows {@link DemoCompany}'s): the invoiced
 * minutes are what the lake shows, times the vendor's error above. Without a lake they follow the default demo lake
 * (seed 42, 20,000 contacts a month): {@link #ACME_SECONDS} and {@link #BLUESKY_SECONDS} are its answered handle
 * seconds per month, measured once with {@code handled-units.sql}, scaled for another contacts-per-month setting.
 */
@Component
@Order(2)
class DemoSavings implements ApplicationRunner {

    /** Answered handle seconds per month (first … twelfth simulated month) of the default demo lake (seed 42, 20,000 a month). */
    static final long[] ACME_SECONDS = {
        2_110_340, 2_242_162, 2_064_131, 2_171_150, 2_234_494, 2_118_706,
        2_240_669, 2_010_630, 2_183_202, 2_237_975, 1_990_938, 2_184_374
    };

    static final long[] BLUESKY_SECONDS = {
        1_627_578, 1_741_866, 1_666_735, 1_707_942, 1_704_515, 1_690_640,
        1_834_214, 1_668_304, 1_712_805, 1_775_313, 1_555_751, 1_723_523
    };

    /** The contacts a month the reference volumes were measured at. */
    static final long REFERENCE_CONTACTS_PER_MONTH = 20_000;

    /** Months invoiced so far: every simulated month, up to the last complete one. */
    static final int INVOICED_MONTHS = 12;

    /** Bluesky's months invoiced about 6% above the lake (the seventh and ninth simulated months). */
    static final List<Integer> BLUESKY_OVERBILLED = List.of(6, 8);

    /** Invoice noise in per mille, within the 2% tolerance: rounding, late-closing contacts. */
    private static final int[] NOISE = {4, -3, 2, 5, -1, 3, -4, 6, 1, -2, 3, -1};

    static final String ACME_OFFER = "Acme Contact Solutions";

    private final Savings savings;
    private final Contracts contracts;
    private final BusinessCaseScenarios businessCases;
    private final double scale;

    /** Contracts whose invoices wait for the lake: acme, bluesky; null when nothing waits. */
    private volatile long[] pendingInvoices;

    private volatile DemoCalendar calendar = new DemoCalendar(LocalDate.now());

    DemoSavings(
            Savings savings,
            Contracts contracts,
            BusinessCaseScenarios businessCases,
            @Value("${steward.demo.lake.contacts-per-month:" + DemoCompany.SERVE_CONTACTS_PER_MONTH + "}")
                    long contactsPerMonth) {
        this.savings = savings;
        this.contracts = contracts;
        this.businessCases = businessCases;
        this.scale = (double) contactsPerMonth / REFERENCE_CONTACTS_PER_MONTH;
    }

    /** Seeds the money of the just-registered demo vendors (by code); their contracts must exist. */
    void seed(Map<String, Vendor> vendors, DemoCalendar calendar) {
        this.calendar = calendar;
        as(system(), () -> {
            Vendor acme = vendors.get("acme");
            Vendor bluesky = vendors.get("bluesky");
            Vendor corvid = vendors.get("corvid");
            Contract acmeContract = contractOf(acme.id());
            Contract blueskyContract = contractOf(bluesky.id());
            double inHouseMonth = linkBusinessCase(acmeContract);
            List<LedgerEntryInput> ledger = new ArrayList<>();
            ledger(ledger, acme.id(), bluesky.id(), corvid.id(), inHouseMonth);
            savings.recordAll(ledger);
            pendingInvoices = new long[] {acmeContract.id(), blueskyContract.id()};
            return null;
        });
    }

    /** Records the invoices seeded by {@link #seed} now that the demo lake has been generated (if it was). */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        invoicePending();
    }

    /** Records the waiting invoices, measuring the lake as it is now; does nothing when none wait. */
    void invoicePending() {
        long[] pending = pendingInvoices;
        if (pending == null) {
            return;
        }
        pendingInvoices = null;
        int measured = as(
                system(),
                () -> invoices(pending[0], ACME_SECONDS, "1.05", "ACME-", List.of())
                        + invoices(pending[1], BLUESKY_SECONDS, "0.92", "BSB-", BLUESKY_OVERBILLED));
        System.out.printf(
                "  demo invoices: %d monthly lines, %d of them on the lake's handled minutes%n",
                2 * INVOICED_MONTHS, measured);
    }

    private Contract contractOf(long vendorId) {
        return contracts.visibleContracts().stream()
                .filter(c -> c.vendorId() == vendorId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo contract of vendor " + vendorId + " missing"));
    }

    /**
     * The case the Acme decision was made on: its volumes are the lake's (about 4,600 answered contacts a month at
     * 467 s), in-house cost by the default model, a planned governance effort of 0.3 FTE, one month of parallel
     * run and 25,000 of knowledge transfer.
     */
    private double linkBusinessCase(Contract contract) {
        BusinessCaseScenario scenario = businessCases.create(new BusinessCaseInput(
                "Acme customer care (demo)",
                "The case the Acme contract was signed on; its pricing links here.",
                // the contract's two-year term, so the months after the invoiced year are forecast
                24,
                null,
                new BusinessCaseInput.WorkloadInput(Math.round(4_600 * scale) * 1.0, 467.0, null, null, null, null),
                null,
                new BusinessCaseInput.HiddenCostsInput(0.3, null, 1, 25_000.0, 0.0, null, null, null),
                List.of(new BusinessCaseInput.OfferInput(
                        ACME_OFFER, PricingModel.PER_HANDLED_MINUTE, 1.05, null, 0.0, null, null, null, null))));
        contracts.update(
                contract.id(),
                new ContractInput(
                        contract.vendorId(),
                        contract.name(),
                        contract.status(),
                        contract.termStart(),
                        contract.termEnd(),
                        new PricingLink(scenario.id(), ACME_OFFER),
                        contract.queues(),
                        contract.regions(),
                        contract.channels(),
                        contract.monthlyInvoice(),
                        contract.rules()));
        return businessCases.evaluate(scenario.id()).inHouseMonthly().total();
    }

    /** Records the invoice lines; returns how many were based on the lake (the rest on the reference volumes). */
    private int invoices(long contractId, long[] seconds, String price, String prefix, List<Integer> overbilled) {
        int fromLake = 0;
        BigDecimal invoiced = BigDecimal.ZERO;
        for (int m = 0; m < INVOICED_MONTHS; m++) {
            YearMonth month = month(m);
            double factor = overbilled.contains(m) ? 1.058 + m * 0.0005 : 1 + NOISE[m] / 1000.0;
            BigDecimal measured = savings.measuredUnits(contractId, month, UnitType.HANDLED_MINUTE);
            double handled = measured.signum() > 0 ? measured.doubleValue() : seconds[m] * scale / 60;
            fromLake += measured.signum() > 0 ? 1 : 0;
            BigDecimal minutes = BigDecimal.valueOf(handled * factor).setScale(0, RoundingMode.HALF_UP);
            invoiced = invoiced.add(minutes.multiply(new BigDecimal(price)));
            savings.recordInvoice(
                    contractId,
                    new InvoiceInput(
                            month.toString(),
                            UnitType.HANDLED_MINUTE,
                            minutes,
                            new BigDecimal(price),
                            prefix + month.toString().replace("-", "")));
        }
        expectInvoice(contractId, invoiced.doubleValue() / INVOICED_MONTHS);
        return fromLake;
    }

    /** The contract's expected monthly invoice: what its months were invoiced on average (volumes × price). */
    private void expectInvoice(long contractId, double perMonth) {
        Contract contract = contracts.get(contractId);
        contracts.update(
                contract.id(),
                new ContractInput(
                        contract.vendorId(),
                        contract.name(),
                        contract.status(),
                        contract.termStart(),
                        contract.termEnd(),
                        contract.pricing(),
                        contract.queues(),
                        contract.regions(),
                        contract.channels(),
                        Math.round(perMonth * 100) / 100.0,
                        contract.rules()));
    }

    /** {@code inHouseMonth}: the business case's in-house cost of a month, what a month of parallel run costs. */
    private void ledger(List<LedgerEntryInput> out, long acme, long bluesky, long corvid, double inHouseMonth) {
        Random random = new Random(20_250_401);
        for (int m = 0; m < 12; m++) {
            String month = month(m).toString();
            boolean corvidDegrades = m >= 9;
            // governance: the vendor manager and the analyst on every vendor, a supervisor on bluesky
            hours(
                    out,
                    acme,
                    month,
                    "Maria Manager",
                    10 + quarter(random, 16),
                    "95.00",
                    "Weekly operations call, monthly review");
            hours(out, acme, month, "Ana Analyst", 6 + quarter(random, 12), "72.50", "Scorecard and data checks");
            hours(
                    out,
                    bluesky,
                    month,
                    "Maria Manager",
                    8 + quarter(random, 16),
                    "95.00",
                    "Weekly operations call, monthly review");
            hours(
                    out,
                    bluesky,
                    month,
                    "Sam Okafor",
                    5 + quarter(random, 12),
                    "58.00",
                    "Side-by-side coaching of the overflow team");
            hours(out, corvid, month, "Ana Analyst", 3 + quarter(random, 8), "72.50", "Pilot data checks");
            hours(
                    out,
                    corvid,
                    month,
                    "Maria Manager",
                    (corvidDegrades ? 10 : 2) + quarter(random, corvidDegrades ? 24 : 8),
                    "95.00",
                    corvidDegrades ? "Quality recovery calls with Corvid's site leads" : "Monthly pilot review");
            if (BLUESKY_OVERBILLED.contains(m - 1)) {
                hours(
                        out,
                        bluesky,
                        month,
                        "Ana Analyst",
                        6,
                        "72.50",
                        "Invoice reconciliation: handled minutes disputed");
            }
            // Acme's transition: one planned month of parallel run that slipped by two weeks; knowledge transfer
            if (m == 0) {
                plain(
                        out,
                        acme,
                        month,
                        HiddenCostCategory.TRANSITION_OVERRUN,
                        inHouseMonth,
                        "Parallel run: in-house team kept on during the first month of cut-over");
                plain(
                        out,
                        acme,
                        month,
                        HiddenCostCategory.TRANSITION_OVERRUN,
                        27_400,
                        "Knowledge transfer: workshops, shadowing and travel (planned 25,000)");
            } else if (m == 1) {
                plain(
                        out,
                        acme,
                        month,
                        HiddenCostCategory.TRANSITION_OVERRUN,
                        inHouseMonth * 0.46,
                        "Parallel run extended two weeks: cut-over of the technical queue slipped");
            }
            if (m == 2 || m == 7 || m == 8) {
                plain(
                        out,
                        acme,
                        month,
                        HiddenCostCategory.REWORK,
                        2_400 + random.nextInt(24) * 100,
                        "Knowledge-base articles corrected after wrong answers");
            }
            if (m == 3 || m == 7 || m == 8) {
                plain(
                        out,
                        acme,
                        month,
                        HiddenCostCategory.ESCALATION,
                        600 + random.nextInt(6) * 50,
                        "Customer complaint escalated to the head of care");
            }
            if (m % 2 == 1) {
                plain(
                        out,
                        bluesky,
                        month,
                        HiddenCostCategory.REWORK,
                        1_800 + random.nextInt(15) * 100,
                        "Call-backs to customers given wrong billing information");
            }
            if (m % 3 == 2) {
                plain(
                        out,
                        bluesky,
                        month,
                        HiddenCostCategory.ESCALATION,
                        450 + random.nextInt(8) * 50,
                        "Complaint escalated after a repeat contact");
            }
            if (corvidDegrades) {
                int escalations = m - 7; // 2, 3, 4 in the last three months
                for (int e = 0; e < escalations; e++) {
                    plain(
                            out,
                            corvid,
                            month,
                            HiddenCostCategory.ESCALATION,
                            500 + random.nextInt(15) * 50,
                            "Escalation: unresolved contact, customer threatened to leave");
                }
                plain(
                        out,
                        corvid,
                        month,
                        HiddenCostCategory.REWORK,
                        2_000 + (m - 9) * 1_500 + random.nextInt(10) * 100,
                        "Re-handling of contacts closed without resolution");
            } else if (m == 4) {
                plain(out, corvid, month, HiddenCostCategory.ESCALATION, 550, "Complaint escalated to the team lead");
            }
        }
    }

    private static void hours(
            List<LedgerEntryInput> out,
            long vendor,
            String month,
            String person,
            double hours,
            String rate,
            String what) {
        out.add(new LedgerEntryInput(
                vendor,
                month,
                HiddenCostCategory.GOVERNANCE_HOURS,
                person,
                BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP),
                new BigDecimal(rate),
                null,
                what));
    }

    private static void plain(
            List<LedgerEntryInput> out,
            long vendor,
            String month,
            HiddenCostCategory category,
            double amount,
            String what) {
        out.add(new LedgerEntryInput(
                vendor,
                month,
                category,
                null,
                null,
                null,
                BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP),
                what));
    }

    /** 0 … max/4 hours in quarter hours. */
    private static double quarter(Random random, int max) {
        return random.nextInt(max + 1) / 4.0;
    }

    private YearMonth month(int m) {
        return calendar.month(m);
    }
}
