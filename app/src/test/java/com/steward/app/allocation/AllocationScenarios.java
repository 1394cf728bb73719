package com.steward.app.allocation;

import static com.steward.app.allocation.AllocationFixtures.DAY;
import static com.steward.app.allocation.AllocationFixtures.forecast;
import static com.steward.app.allocation.AllocationFixtures.plan;
import static com.steward.app.allocation.AllocationFixtures.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.contracts.ContractFixtures;
import com.steward.app.rollout.PlanInput;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.allocation.IntervalCoverage;
import com.steward.core.staffing.RequiredAgents;
import com.steward.core.staffing.StaffingInput;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Volume allocation end to end, on H2 and PostgreSQL by the two subclasses: the requirement against a published
 * Erlang case, shares derived from transition phases, bad input refused whole (shares, overlapping phases, CSV
 * with file/line/column, hours outside the plan), hours recorded by the vendor for itself only, line adherence from
 * imported delivered hours, and a VENDOR user reading only its own vendor's rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"steward.scorecards.cron=-", "steward.monitoring.cron=-"})
abstract class AllocationScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    AllocationPlans plans;

    @Autowired
    TransitionPlans transitions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    com.steward.app.contracts.Contracts contracts;

    @Autowired
    com.steward.app.savings.Savings savings;

    TestAccounts accounts;
    String own;
    String other;

    @BeforeEach
    void accounts() {
        accounts = TestAccounts.create(vendors, users);
        own = accounts.ownVendor.code();
        other = accounts.otherVendor.code();
    }

    <T> T as(Role role, Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }

    long plansStored() {
        return jdbc.sql("SELECT COUNT(*) FROM allocation_plans")
                .query(Long.class)
                .single();
    }

    @Test
    void requirementOfEachVendorMatchesThePublishedErlangCase() {
        // pyworkforce C04: 100 calls in 30 min, AHT 180 s, 80 % in 19.8 s → 14 agents; 50 % of 200 is 100
        String q = queue("billing");
        AllocationPlanHeader p = as(
                Role.ANALYST,
                () -> plans.create(new CreateAllocationPlanCommand(
                        "C04",
                        DAY,
                        DAY,
                        30,
                        forecast(q, 200, 180),
                        "queue,region,handler,share_percent\n" + q + ",TX,inhouse,50\n" + q + ",TX," + own + ",50\n",
                        "handler,answer_seconds,service_level_percent,shrinkage_percent\n" + own + ",19.8,80,30\n")));
        PlanView view = as(Role.VIEWER, () -> plans.view(p.id()));
        PlanView.HandlerDay vendorDay = view.days().stream()
                .filter(d -> d.handler().equals(own))
                .findFirst()
                .orElseThrow();
        assertThat(vendorDay.peakAgents()).isEqualTo(14);
        assertThat(vendorDay.requiredHours()).isEqualTo(14); // 14 agents × 0.5 h × 2 intervals
        assertThat(vendorDay.peakFte()).isCloseTo(14 / 0.7, within(1e-9)); // C05: 20 FTE at 30 % shrinkage
        PlanView.HandlerDay inhouse = view.days().stream()
                .filter(d -> d.handler().equals("inhouse"))
                .findFirst()
                .orElseThrow();
        // the in-house team keeps the default 20 s threshold: a second computation straight from the staffing code
        int expected = RequiredAgents.forServiceLevel(new StaffingInput(100, 1800, 180, 20), 0.8, 1)
                .agents();
        assertThat(inhouse.peakAgents()).isEqualTo(expected);
    }

    @Test
    void sharesNotSummingToAHundredAreRefusedNamingQueueRegionAndSumAndNothingIsStored() {
        String q = queue("billing");
        long before = plansStored();
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> plans.create(new CreateAllocationPlanCommand(
                                "bad",
                                DAY,
                                DAY,
                                30,
                                forecast(q, 100, 180),
                                "queue,region,handler,share_percent\n" + q + ",TX,inhouse,50\n" + q + ",TX," + own
                                        + ",45\n",
                                null))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("queue " + q + " in region TX sum to 95.0000 %");
        assertThat(plansStored()).isEqualTo(before);
    }

    @Test
    void malformedForecastNamesFileLineAndColumn() {
        String q = queue("billing");
        String csv = "queue,region,interval_start,contacts,aht_seconds\n" + q + ",TX," + DAY + "T09:00,12,180\n" + q
                + ",TX," + DAY + "T09:30,many,180\n";
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> plans.create(new CreateAllocationPlanCommand("bad", DAY, DAY, 30, csv, null, null))))
                .hasMessage("forecast.csv line 3, column contacts: expected a number, was 'many'");
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> plans.create(new CreateAllocationPlanCommand(
                                "bad", DAY, DAY, 30, forecast(q, 10, 180).replace("T09:30", "T09:40"), null, null))))
                .hasMessageContaining("outside the plan");
    }

    @Test
    void phasesInEffectOnTheFirstDaySetTheVendorsShareAndOverlappingPhasesAreRefused() {
        String q = queue("billing");
        as(
                Role.MANAGER,
                () -> transitions.create(new PlanInput(
                        accounts.ownVendor.id(),
                        null,
                        "Move " + q,
                        List.of(new PlanInput.PhaseInput(
                                "Texas billing",
                                List.of(q),
                                List.of("TX"),
                                0.3,
                                DAY.minusDays(10),
                                DAY.plusDays(30),
                                List.of())))));
        AllocationPlanHeader p = as(
                Role.MANAGER,
                () -> plans.create(new CreateAllocationPlanCommand(
                        "from phases", DAY, DAY, 30, forecast(q, 100, 180), null, null)));
        PlanView view = as(Role.MANAGER, () -> plans.view(p.id()));
        assertThat(view.splits()).extracting(StoredSplit::handler).containsExactly("inhouse", own);
        assertThat(view.splits().get(0).share()).isCloseTo(0.7, within(1e-12));
        assertThat(view.splits().get(1).share()).isCloseTo(0.3, within(1e-12));
        assertThat(view.splits().get(1).source()).contains("Texas billing");
        assertThat(view.volume().stream()
                        .filter(v -> v.handler().equals(own))
                        .findFirst()
                        .orElseThrow()
                        .allocatedContacts())
                .isCloseTo(60, within(1e-9)); // 30 % of 2 × 100

        as(
                Role.MANAGER,
                () -> transitions.create(new PlanInput(
                        accounts.ownVendor.id(),
                        null,
                        "Again " + q,
                        List.of(new PlanInput.PhaseInput(
                                "Texas again", List.of(q), List.of(), 0.5, DAY, DAY.plusDays(3), List.of())))));
        long before = plansStored();
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> plans.create(new CreateAllocationPlanCommand(
                                "overlap", DAY, DAY, 30, forecast(q, 100, 180), null, null))))
                .hasMessageContaining("overlapping phases")
                .hasMessageContaining("Texas billing")
                .hasMessageContaining("Texas again");
        assertThat(plansStored()).isEqualTo(before);
    }

    @Test
    void aStaffingPlansForecastIsAllocatedAndAPhaseMovesItsShare() {
        String q = queue("billing");
        as(
                Role.MANAGER,
                () -> transitions.create(new PlanInput(
                        accounts.ownVendor.id(),
                        null,
                        "Staffed " + q,
                        List.of(new PlanInput.PhaseInput(
                                "Texas billing", List.of(q), List.of("TX"), 0.25, DAY, DAY.plusDays(30), List.of())))));
        String staffing = "interval_start,contacts,aht_seconds\n" + DAY + "T09:00,120,240\n" + DAY + "T09:30,80,240\n";
        AllocationPlanHeader p = as(
                Role.MANAGER,
                () -> plans.create(new CreateAllocationPlanCommand(
                        "from staffing",
                        DAY,
                        DAY,
                        30,
                        "",
                        null,
                        null,
                        List.of(new StaffingForecast(q, "TX", staffing)))));
        PlanView view = as(Role.MANAGER, () -> plans.view(p.id()));
        double vendorContacts = view.volume().stream()
                .filter(v -> v.handler().equals(own))
                .findFirst()
                .orElseThrow()
                .allocatedContacts();
        assertThat(vendorContacts).isCloseTo(0.25 * (120 + 80), within(1e-9));
        double inHouse = view.volume().stream()
                .filter(v -> v.handler().equals("inhouse"))
                .findFirst()
                .orElseThrow()
                .allocatedContacts();
        assertThat(inHouse).isCloseTo(0.75 * (120 + 80), within(1e-9));

        long before = plansStored();
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> plans.create(new CreateAllocationPlanCommand(
                                "staffing on quarter hours",
                                DAY,
                                DAY,
                                30,
                                "",
                                null,
                                null,
                                List.of(new StaffingForecast(
                                        q,
                                        "TX",
                                        "interval_start,contacts,aht_seconds\n" + DAY + "T09:00,1,240\n" + DAY
                                                + "T09:15,oops,240\n"))))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("staffing forecast 1 (queue " + q + ", region TX)")
                .hasMessageContaining("line 3");
        assertThat(plansStored()).isEqualTo(before);
    }

    @Test
    void aVendorRecordsItsOwnCommittedHoursOnlyAndABadRowStoresNothing() {
        String q = queue("billing");
        AllocationPlanHeader p = as(Role.MANAGER, () -> plans.create(plan(q, own, 40)));
        AllocationPlanHeader both = as(
                Role.MANAGER,
                () -> plans.create(new CreateAllocationPlanCommand(
                        "both",
                        DAY,
                        DAY,
                        30,
                        forecast(q, 100, 180),
                        "queue,region,handler,share_percent\n" + q + ",TX," + own + ",50\n" + q + ",TX," + other
                                + ",50\n",
                        null)));

        assertThat(as(
                        Role.VENDOR,
                        () -> plans.recordHoursCsv(
                                p.id(),
                                "mine.csv",
                                "vendor,interval_start,committed_hours,scheduled_hours\n" + own + "," + DAY
                                        + "T09:00,5,4.5\n")))
                .isEqualTo(1);
        assertThatThrownBy(() -> as(
                        Role.VENDOR,
                        () -> plans.recordHoursCsv(
                                both.id(),
                                "theirs.csv",
                                "vendor,interval_start,committed_hours\n" + own + "," + DAY + "T09:00,5\n" + other + ","
                                        + DAY + "T09:00,5\n")))
                .hasMessage("theirs.csv line 3, column vendor: you may enter hours only for your own vendor");
        assertThatThrownBy(() -> as(
                        Role.VENDOR,
                        () -> plans.recordHoursCsv(
                                p.id(),
                                "d.csv",
                                "vendor,interval_start,delivered_hours\n" + own + "," + DAY + "T09:00,5\n")))
                .hasMessageContaining("delivered hours are imported by the client");
        assertThatThrownBy(() -> as(
                        Role.ANALYST,
                        () -> plans.recordHoursCsv(
                                p.id(),
                                "late.csv",
                                "vendor,interval_start,committed_hours\n" + own + "," + DAY + "T10:00,9\n" + own + ","
                                        + DAY.plusDays(1) + "T09:00,9\n")))
                .hasMessageContaining("late.csv line 3, column interval_start")
                .hasMessageContaining("not an interval of the plan");
        // nothing of the refused files was stored: only the vendor's own first row exists
        List<StoredHours> stored = as(Role.MANAGER, () -> plans.hoursOfDay(p.id(), own, DAY));
        assertThat(stored).singleElement().satisfies(h -> {
            assertThat(h.committed()).isEqualTo(5.0);
            assertThat(h.scheduled()).isEqualTo(4.5);
            assertThat(h.delivered()).isNull();
        });
        assertThat(as(Role.MANAGER, () -> plans.hoursOfDay(both.id(), own, DAY)))
                .isEmpty();
    }

    @Test
    void lineAdherenceFollowsTheDeliveredHoursAndLeavesUnreportedIntervalsOut() {
        // own takes 50 % of 200 = 100 contacts per interval at 19.8 s: 14 agents = 7 h per interval (C04)
        String q = queue("billing");
        AllocationPlanHeader p = as(
                Role.ANALYST,
                () -> plans.create(new CreateAllocationPlanCommand(
                        "adherence",
                        DAY,
                        DAY,
                        30,
                        forecast(q, 200, 180),
                        "queue,region,handler,share_percent\n" + q + ",TX,inhouse,50\n" + q + ",TX," + own + ",50\n",
                        "handler,answer_seconds\n" + own + ",19.8\n")));
        as(
                Role.ANALYST,
                () -> plans.recordHoursCsv(
                        p.id(),
                        "delivered.csv",
                        "vendor,interval_start,delivered_hours\n" + own + "," + DAY + "T09:00,7\n" + own + "," + DAY
                                + "T09:30,5.25\n" + own + "," + DAY + "T03:00,2\n"));
        PlanView view = as(Role.VENDOR, () -> plans.view(p.id()));
        PlanView.VendorAdherence a = view.adherence().getFirst();
        assertThat(a.vendor()).isEqualTo(own);
        assertThat(a.adherence().requestedIntervals()).isEqualTo(2);
        assertThat(a.adherence().metIntervals()).isEqualTo(1);
        assertThat(a.adherence().intervalShare().getAsDouble()).isEqualTo(0.5);
        assertThat(a.adherence().hoursShare().getAsDouble()).isCloseTo((7 + 5.25) / 14.0, within(1e-12));
        assertThat(a.adherence().deliveredTotal()).isEqualTo(14.25);
        assertThat(a.committedHours()).isEmpty(); // not reported, not 0

        Heatmap heatmap = as(Role.VENDOR, () -> plans.heatmap(p.id(), IntervalCoverage.Basis.DELIVERED));
        List<Heatmap.Cell> cells =
                heatmap.vendors().getFirst().rows().getFirst().cells();
        List<String> columns = heatmap.columns();
        assertThat(columns.getFirst()).isEqualTo("03:00"); // the night before and after is left out
        assertThat(columns.getLast()).isEqualTo("09:30");
        assertThat(cells.get(columns.indexOf("09:00")).band()).isEqualTo("ok"); // 7 of 7
        assertThat(cells.get(columns.indexOf("09:30")).band()).isEqualTo("under2"); // 5.25 of 7 = 75 %
        assertThat(cells.get(columns.indexOf("09:30")).label()).isEqualTo("-1.8");
        assertThat(cells.get(columns.indexOf("03:00")).band()).isEqualTo("over2"); // hours, nothing required
    }

    @Test
    void aVendorUserSeesOnlyItsOwnVendorsRows() throws Exception {
        String q = queue("billing");
        AllocationPlanHeader both = as(
                Role.MANAGER,
                () -> plans.create(new CreateAllocationPlanCommand(
                        "both",
                        DAY,
                        DAY,
                        30,
                        forecast(q, 100, 180),
                        "queue,region,handler,share_percent\n" + q + ",TX,inhouse,20\n" + q + ",TX," + own + ",40\n" + q
                                + ",TX," + other + ",40\n",
                        null)));
        AllocationPlanHeader others = as(Role.MANAGER, () -> plans.create(plan(queue("billing"), other, 30)));
        as(
                Role.MANAGER,
                () -> plans.recordHours(
                        both.id(),
                        List.of(new HoursInput(
                                other, LocalDateTime.of(DAY, java.time.LocalTime.of(9, 0)), 3.0, 3.0, 2.0))));

        PlanView view = as(Role.VENDOR, () -> plans.view(both.id()));
        assertThat(view.handlers()).extracting(StoredHandler::code).containsExactly(own);
        assertThat(view.splits()).extracting(StoredSplit::handler).containsOnly(own);
        assertThat(view.days()).extracting(PlanView.HandlerDay::handler).containsOnly(own);
        assertThat(view.adherence())
                .extracting(PlanView.VendorAdherence::vendor)
                .containsOnly(own);
        assertThat(view.volume()).extracting(PlanView.HandledVolume::handler).containsOnly(own);
        assertThat(view.volume().getFirst().allocatedShare()).isEmpty();
        assertThat(view.billed()).isEmpty();
        assertThat(as(
                        Role.VENDOR,
                        () -> plans.heatmap(both.id(), IntervalCoverage.Basis.DELIVERED)
                                .vendors()))
                .extracting(Heatmap.Grid::vendor)
                .containsExactly(own);
        assertThat(as(Role.VENDOR, () -> plans.visiblePlans()))
                .extracting(AllocationPlanHeader::id)
                .contains(both.id())
                .doesNotContain(others.id());

        var vendor = user(accounts.principal(Role.VENDOR));
        mvc.perform(get("/transition/allocation/" + both.id() + "/heatmap").with(vendor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("heatmap-" + own)))
                .andExpect(content().string(not(containsString(other))));
        mvc.perform(get("/api/v1/allocation/plans/" + both.id()).with(vendor))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(other))));
        mvc.perform(get("/transition/allocation/" + others.id() + "/hours").with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/allocation/plans/" + others.id()).with(vendor)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/allocation/plans/" + both.id() + "/hours")
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\":[{\"vendor\":\"" + other + "\",\"intervalStart\":\"" + DAY
                                + "T09:00\",\"committedHours\":1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("only for your own vendor")));
    }

    @Test
    void billedHoursStandBesideDeliveredOnesOnlyForWholeMonths() {
        String q = queue("billing");
        java.time.LocalDate first = java.time.LocalDate.of(2041, 2, 1);
        java.time.LocalDate last = java.time.LocalDate.of(2041, 2, 28);
        String forecast =
                "queue,region,interval_start,contacts,aht_seconds\n" + q + ",TX," + first + "T09:00,100,180\n";
        String splits = "queue,region,handler,share_percent\n" + q + ",TX," + own + ",100\n";
        com.steward.app.contracts.Contract contract = as(
                Role.ADMIN,
                () -> contracts.create(ContractFixtures.contractFor(accounts.ownVendor.id(), "Hours " + q)));
        as(
                Role.ADMIN,
                () -> savings.recordInvoice(
                        contract.id(),
                        new com.steward.app.savings.InvoiceInput(
                                "2041-02",
                                com.steward.app.savings.UnitType.PRODUCTIVE_HOUR,
                                new java.math.BigDecimal("12.5"),
                                new java.math.BigDecimal("30"),
                                "H-" + q)));
        AllocationPlanHeader month = as(
                Role.ANALYST,
                () -> plans.create(
                        new CreateAllocationPlanCommand("February", first, last, 30, forecast, splits, null)));
        as(
                Role.ANALYST,
                () -> plans.recordHoursCsv(
                        month.id(),
                        "delivered.csv",
                        "vendor,interval_start,delivered_hours\n" + own + "," + first + "T09:00,6\n" + own + "," + first
                                + "T09:30,4\n"));
        PlanView.BilledHours whole =
                as(Role.MANAGER, () -> plans.view(month.id())).billed().getFirst();
        assertThat(whole.billed().getAsDouble()).isEqualTo(12.5);
        assertThat(whole.delivered().getAsDouble()).isEqualTo(10.0);
        assertThat(whole.difference().getAsDouble()).isEqualTo(2.5);
        assertThat(whole.contractIds()).contains(contract.id());

        AllocationPlanHeader week = as(
                Role.ANALYST,
                () -> plans.create(
                        new CreateAllocationPlanCommand("Week", first, first.plusDays(6), 30, forecast, splits, null)));
        PlanView.BilledHours part =
                as(Role.MANAGER, () -> plans.view(week.id())).billed().getFirst();
        assertThat(part.wholeMonths()).isFalse();
        assertThat(part.difference()).isEmpty(); // a week of hours against a month's invoice is not comparable
    }
}
