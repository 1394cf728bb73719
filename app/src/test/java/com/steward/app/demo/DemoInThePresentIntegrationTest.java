package com.steward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.TeamMember;
import com.steward.app.lake.InteractionLake;
import com.steward.app.monitoring.Alert;
import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.relationship.PulseSurvey;
import com.steward.app.relationship.PulseSurveys;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.MeetingStatus;
import com.steward.app.reviews.Reviews;
import com.steward.app.rollout.TransitionPlan;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.savings.Invoice;
import com.steward.app.savings.Savings;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.selection.Selection;
import com.steward.app.selection.Selections;
import com.steward.app.support.DemoToday;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.core.calendar.Quarter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo generated on a fixed day (Monday 2026-12-07, through an injected {@link Clock}) lives in that present:
 * its simulated year ends with November 2026, meetings before the day are held (or cancelled) and later ones
 * planned, the contracts are in term with one ending within 90 days, the invoices match the lake's volumes by a
 * second computation (the KPI engine's AHT × answered, not the invoice check's SQL), and monitoring's alerts exist
 * as soon as the demo is loaded, without anyone checking.
 */
@DemoToday
class DemoInThePresentIntegrationTest {

    static final LocalDate TODAY = DemoToday.TODAY;

    @Autowired
    InteractionLake lake;

    @Autowired
    VendorRegister vendors;

    @Autowired
    Contracts contracts;

    @Autowired
    Reviews reviews;

    @Autowired
    Savings savings;

    @Autowired
    Monitoring monitoring;

    @Autowired
    Selections selections;

    @Autowired
    PulseSurveys surveys;

    @Autowired
    TransitionPlans plans;

    @Test
    void theSimulatedYearEndsWithTheLastCompleteMonthBeforeToday() {
        var months = lake.interactionMonths().orElseThrow();
        assertThat(months.last()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(months.first()).isEqualTo(YearMonth.of(2025, 12));
        DemoCalendar calendar = new DemoCalendar(TODAY);
        assertThat(calendar.firstMonth()).isEqualTo(months.first());
        assertThat(calendar.lastMonth()).isEqualTo(months.last());
        // the story's dates move by whole months: its March 2026 is the demo's last month
        assertThat(calendar.period("2026-03")).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void meetingsBeforeTodayHappenedAndLaterOnesArePlanned() {
        Instant startOfToday = TODAY.atStartOfDay(reviews.zone()).toInstant();
        for (String code : List.of("acme", "bluesky")) {
            List<Meeting> meetings = asAdmin(() -> reviews.meetings(vendor(code).id()));
            List<Meeting> past = meetings.stream()
                    .filter(m -> m.scheduledAt().isBefore(startOfToday))
                    .toList();
            List<Meeting> later = meetings.stream()
                    .filter(m -> !m.scheduledAt().isBefore(startOfToday))
                    .toList();
            assertThat(past).hasSizeGreaterThan(10);
            assertThat(past).noneMatch(m -> m.status() == MeetingStatus.PLANNED);
            assertThat(past.stream().filter(m -> m.status() == MeetingStatus.HELD))
                    .isNotEmpty()
                    .allMatch(m -> m.minutes() != null && !m.minutes().isBlank())
                    .allMatch(m -> !m.attendees().isEmpty());
            assertThat(later).isNotEmpty().allMatch(m -> m.status() == MeetingStatus.PLANNED);
        }
    }

    @Test
    void contractsAreInTermAndOneEndsWithinNinetyDays() {
        List<Contract> all = asAdmin(contracts::visibleContracts);
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        for (Contract c : all) {
            assertThat(c.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(c.termStart()).isBefore(TODAY);
            assertThat(c.termEnd()).isAfter(TODAY);
        }
        assertThat(all).anyMatch(c -> !c.termEnd().isAfter(TODAY.plusDays(90)));
        assertThat(all).anyMatch(c -> c.termEnd().isAfter(TODAY.plusDays(90)));
        // the selection was decided before the contracts started
        Selection selection = asAdmin(selections::all).getFirst();
        LocalDate decided =
                selection.decision().decidedAt().atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(all).allMatch(c -> decided.isBefore(c.termStart()));
        // acme's team has leavers inside the last twelve months
        Contract acme = contract("acme");
        List<TeamMember> team = asAdmin(() -> contracts.team(acme.id()));
        assertThat(team.stream().filter(m -> m.endDate() != null && m.endDate().isAfter(TODAY.minusYears(1))))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void invoicesUpToLastMonthMatchTheSimulatedVolumesByASecondComputation() {
        for (String code : List.of("acme", "bluesky")) {
            Contract contract = contract(code);
            List<Invoice> invoices = asAdmin(() -> savings.invoices(contract.id()));
            assertThat(invoices).extracting(Invoice::month).contains(YearMonth.of(2026, 11));
            assertThat(invoices).allMatch(i -> !i.month().isAfter(YearMonth.of(2026, 11)));
            double amounts = 0;
            double expectedFromLake = 0;
            int close = 0;
            for (Invoice invoice : invoices) {
                double minutes = handledMinutesByKpi(code, invoice.month());
                double ratio = invoice.invoicedUnits().doubleValue() / minutes;
                // every month within 0.7 %, except the months bluesky over-bills by about 6 %
                assertThat(ratio).isBetween(0.99, 1.07);
                close += Math.abs(ratio - 1) < 0.007 ? 1 : 0;
                amounts += invoice.amount().doubleValue();
                expectedFromLake += minutes * invoice.unitPrice().doubleValue();
            }
            assertThat(close).isGreaterThanOrEqualTo(invoices.size() - 2);
            // the contract's expected monthly invoice is what the volumes × price invoice, not a made-up figure
            double expected = asAdmin(() -> contracts.get(contract.id())).monthlyInvoice();
            assertThat(expected).isCloseTo(amounts / invoices.size(), within(0.01));
            assertThat(expected).isCloseTo(expectedFromLake / invoices.size(), within(expected * 0.015));
        }
    }

    @Test
    void monitoringAlertsExistRightAfterTheDemoIsLoaded() {
        List<Alert> open = asAdmin(() -> monitoring.alerts(AlertStatus.OPEN));
        assertThat(open).isNotEmpty();
        // corvid degrades over the last three months: its alerts are there without anyone clicking "Check now"
        assertThat(open).anyMatch(a -> a.vendorCode().equals("corvid"));
        assertThat(open.stream().filter(a -> a.vendorCode().equals("corvid")))
                .allMatch(a -> !a.week().isBefore(LocalDate.of(2026, 8, 1)));
    }

    @Test
    void theCurrentQuartersSurveysAreOpenAndATransitionPlanHasDecidedPhases() {
        String current = Quarter.of(TODAY).toString();
        List<PulseSurvey> open = asAdmin(() -> surveys.allVisibleSurveys()).stream()
                .filter(s -> s.quarter().equals(current))
                .toList();
        assertThat(open).isNotEmpty().allMatch(s -> s.isOpen(TODAY));
        List<TransitionPlan> all = asAdmin(plans::visiblePlans);
        TransitionPlan acme = all.stream()
                .filter(p -> p.vendorId() == vendor("acme").id())
                .findFirst()
                .orElseThrow();
        assertThat(acme.phases()).hasSize(3);
        acme.phases()
                .forEach(phase ->
                        assertThat(asAdmin(() -> plans.decisions(phase.id()))).hasSize(1));
    }

    /** Σ handle seconds of acme's answered contacts in {@code month} / 60, from the KPI engine (AHT × n). */
    private double handledMinutesByKpi(String code, YearMonth month) {
        KpiQuery query = KpiQuery.of(month.atDay(1), month.atEndOfMonth(), Dimension.HANDLED_BY)
                .withVendors(Set.of(code))
                .withMetrics(Set.of("aht"));
        double seconds = 0;
        for (KpiRow row : lake.kpis(query)) {
            if (code.equals(row.keys().get(Dimension.HANDLED_BY.key()))) {
                MetricValue aht = row.metrics().get("aht");
                seconds += aht.value() * aht.sampleSize();
            }
        }
        return seconds / 60;
    }

    private Contract contract(String code) {
        long id = vendor(code).id();
        return asAdmin(contracts::visibleContracts).stream()
                .filter(c -> c.vendorId() == id)
                .findFirst()
                .orElseThrow();
    }

    private Vendor vendor(String code) {
        return vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static <T> T asAdmin(Supplier<T> work) {
        StewardUser admin = new StewardUser(0, "demo-test", "Demo test", null, Role.ADMIN, null, true, null);
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
