package com.steward.core.allocation;

import static com.steward.core.allocation.AllocationFixtures.BILLING_TX;
import static com.steward.core.allocation.AllocationFixtures.DAY;
import static com.steward.core.allocation.AllocationFixtures.TECH_CA;
import static com.steward.core.allocation.AllocationFixtures.at;
import static com.steward.core.allocation.AllocationFixtures.oneDay;
import static com.steward.core.allocation.AllocationFixtures.referenceCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationsTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void eachHandlersShareIsStaffedWithItsOwnTermsAndMatchesThePublishedErlangCases() throws IOException {
        // C04/C05 (pyworkforce): 100 calls in 30 min, AHT 180 s, 80 % in 19.8 s → 14 agents, 20 FTE at 30 % shrinkage.
        // A03 (birth-death chain = closed form): 100 calls in 30 min, AHT 240 s, patience 120 s, 80 % in 20 s → 16.
        Map<String, String> c04 = referenceCase("C04");
        Map<String, String> c05 = referenceCase("C05");
        Map<String, String> a03 = referenceCase("A03");
        double contactsC = Double.parseDouble(c04.get("calls_per_interval"));
        double contactsA = Double.parseDouble(a03.get("calls_per_interval"));
        assertThat(contactsC).isEqualTo(contactsA); // so one 50/50 split of 200 feeds both cases

        Handler vendorC = Handler.erlangC(
                "acme", Double.parseDouble(c04.get("target_sl")), Double.parseDouble(c04.get("target_time_s")), 0.3);
        Handler vendorA = Handler.erlangC(
                        "corvid",
                        Double.parseDouble(a03.get("target_sl")),
                        Double.parseDouble(a03.get("target_time_s")),
                        0.3)
                .withAht(Double.parseDouble(a03.get("aht_s")))
                .withPatience(Double.parseDouble(a03.get("mean_patience_s")));
        AllocationPlan plan = Allocations.allocate(oneDay(
                HALF_HOUR,
                List.of(vendorC, vendorA),
                List.of(new Split.Shares(
                        BILLING_TX, List.of(new Split.Share("acme", 0.5), new Split.Share("corvid", 0.5)))),
                List.of(new ForecastInterval(
                        BILLING_TX, at(10, 0), 2 * contactsC, Double.parseDouble(c04.get("aht_s"))))));

        HandlerInterval acme = requirement(plan, "acme", 10, 0);
        HandlerInterval corvid = requirement(plan, "corvid", 10, 0);
        assertThat(acme.agents()).isEqualTo(Integer.parseInt(c04.get("expected")));
        assertThat((int) Math.ceil(acme.fte() - 1e-9)).isEqualTo(Integer.parseInt(c05.get("expected")));
        assertThat(corvid.agents()).isEqualTo(Integer.parseInt(a03.get("expected")));
        assertThat(acme.requiredHours()).isEqualTo(acme.agents() * 0.5);
        assertThat(plan.loads())
                .filteredOn(l -> l.handler().equals("corvid"))
                .singleElement()
                .satisfies(l -> assertThat(l.ahtSeconds()).isEqualTo(240.0));
    }

    @Test
    void sharesThatDoNotSumToAHundredPercentNameTheQueueRegionAndSum() {
        assertThatThrownBy(() -> new Split.Shares(
                        BILLING_TX, List.of(new Split.Share("inhouse", 0.6), new Split.Share("acme", 0.39))))
                .isInstanceOf(AllocationException.class)
                .hasMessageContaining("billing")
                .hasMessageContaining("TX")
                .hasMessageContaining("99.0000 %");
    }

    @Test
    void capsOverflowInOrderAndReportWhatNoOneCanTake() {
        Handler inhouse = Handler.erlangC("inhouse", 0.8, 20, 0.3);
        Handler acme = Handler.erlangC("acme", 0.8, 20, 0.3);
        AllocationPlan plan = Allocations.allocate(oneDay(
                HALF_HOUR,
                List.of(inhouse, acme),
                List.of(new Split.Caps(BILLING_TX, List.of(Split.Cap.of("inhouse", 60), Split.Cap.of("acme", 30)))),
                List.of(
                        new ForecastInterval(BILLING_TX, at(9, 0), 50, 300),
                        new ForecastInterval(BILLING_TX, at(9, 30), 75, 300),
                        new ForecastInterval(BILLING_TX, at(10, 0), 100, 300))));

        assertThat(contacts(plan, "inhouse", 9, 0)).isEqualTo(50);
        assertThat(contacts(plan, "acme", 9, 0)).isZero();
        assertThat(contacts(plan, "inhouse", 9, 30)).isEqualTo(60);
        assertThat(contacts(plan, "acme", 9, 30)).isEqualTo(15);
        assertThat(contacts(plan, "inhouse", 10, 0)).isEqualTo(60);
        assertThat(contacts(plan, "acme", 10, 0)).isEqualTo(30);
        assertThat(plan.unallocated()).singleElement().satisfies(u -> {
            assertThat(u.start()).isEqualTo(at(10, 0));
            assertThat(u.contacts()).isEqualTo(10);
        });
        assertThat(requirement(plan, "acme", 9, 0).agents()).isZero();
    }

    @Test
    void aHandlerServingTwoSegmentsNeedsTheSumOfTheirRequirements() {
        Handler acme = Handler.erlangC("acme", 0.8, 20, 0.0);
        Split one = new Split.Shares(BILLING_TX, List.of(new Split.Share("acme", 1)));
        Split two = new Split.Shares(TECH_CA, List.of(new Split.Share("acme", 1)));
        AllocationPlan both = Allocations.allocate(oneDay(
                HALF_HOUR,
                List.of(acme),
                List.of(one, two),
                List.of(
                        new ForecastInterval(BILLING_TX, at(8, 0), 100, 180),
                        new ForecastInterval(TECH_CA, at(8, 0), 40, 420))));
        AllocationPlan billingOnly = Allocations.allocate(oneDay(
                HALF_HOUR, List.of(acme), List.of(one), List.of(new ForecastInterval(BILLING_TX, at(8, 0), 100, 180))));
        AllocationPlan techOnly = Allocations.allocate(oneDay(
                HALF_HOUR, List.of(acme), List.of(two), List.of(new ForecastInterval(TECH_CA, at(8, 0), 40, 420))));

        assertThat(requirement(both, "acme", 8, 0).agents())
                .isEqualTo(requirement(billingOnly, "acme", 8, 0).agents()
                        + requirement(techOnly, "acme", 8, 0).agents());
        assertThat(requirement(both, "acme", 8, 0).contacts()).isEqualTo(140);
        assertThat(both.requirements()).hasSize(48); // every interval of the day, idle ones with 0 agents
    }

    @Test
    void rejectsForecastOutsideThePeriodOffTheGridTwiceOrWithoutASplit() {
        Handler acme = Handler.erlangC("acme", 0.8, 20, 0.0);
        List<Split> splits = List.of(new Split.Shares(BILLING_TX, List.of(new Split.Share("acme", 1))));
        assertThatThrownBy(() -> Allocations.allocate(oneDay(
                        HALF_HOUR,
                        List.of(acme),
                        splits,
                        List.of(new ForecastInterval(BILLING_TX, DAY.plusDays(1).atTime(8, 0), 10, 180)))))
                .hasMessageContaining("outside the plan");
        assertThatThrownBy(() -> Allocations.allocate(oneDay(
                        HALF_HOUR,
                        List.of(acme),
                        splits,
                        List.of(new ForecastInterval(BILLING_TX, at(8, 15), 10, 180)))))
                .hasMessageContaining("outside the plan");
        assertThatThrownBy(() -> Allocations.allocate(oneDay(
                        HALF_HOUR,
                        List.of(acme),
                        splits,
                        List.of(
                                new ForecastInterval(BILLING_TX, at(8, 0), 10, 180),
                                new ForecastInterval(BILLING_TX, at(8, 0), 12, 180)))))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Allocations.allocate(oneDay(
                        HALF_HOUR, List.of(acme), splits, List.of(new ForecastInterval(TECH_CA, at(8, 0), 10, 180)))))
                .hasMessageContaining("queue technical in region CA has a forecast but no split");
        assertThatThrownBy(() -> Allocations.allocate(oneDay(
                        HALF_HOUR,
                        List.of(acme),
                        List.of(new Split.Shares(BILLING_TX, List.of(new Split.Share("corvid", 1)))),
                        List.of())))
                .hasMessageContaining("corvid, which is not a handler");
    }

    @Test
    void fteIsAgentsOverOneMinusShrinkage() {
        Handler acme = Handler.erlangC("acme", 0.8, 20, 0.25);
        AllocationPlan plan = Allocations.allocate(oneDay(
                HALF_HOUR,
                List.of(acme),
                List.of(new Split.Shares(BILLING_TX, List.of(new Split.Share("acme", 1)))),
                List.of(new ForecastInterval(BILLING_TX, at(8, 0), 100, 180))));
        HandlerInterval r = requirement(plan, "acme", 8, 0);
        assertThat(r.fte()).isCloseTo(r.agents() / 0.75, within(1e-12));
    }

    static HandlerInterval requirement(AllocationPlan plan, String handler, int hour, int minute) {
        return plan.requirements().stream()
                .filter(r -> r.handler().equals(handler) && r.start().equals(at(hour, minute)))
                .findFirst()
                .orElseThrow();
    }

    static double contacts(AllocationPlan plan, String handler, int hour, int minute) {
        return requirement(plan, handler, hour, minute).contacts();
    }
}
