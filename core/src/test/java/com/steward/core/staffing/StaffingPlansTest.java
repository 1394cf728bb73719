package com.steward.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingPlansTest {

    @Test
    void plansEachIntervalAndTotalsPaidHours() {
        Forecast forecast = ForecastCsv.parse("""
                interval_start,contacts,aht_seconds
                2025-03-03T08:00,100,180
                2025-03-03T08:30,200,180
                2025-03-03T09:00,0,
                """);
        StaffingPlan plan = StaffingPlans.plan(forecast, QueueModel.erlangC(), StaffingGoal.serviceLevel(0.8), 20, 0.3);
        // row 1: A = 100·180/1800 = 10 → 14 agents (reference case C04), FTE 14/0.7 = 20
        // row 2: A = 20 → its own Erlang C requirement; row 3: nobody
        int second = RequiredAgents.forServiceLevel(new StaffingInput(200, 1800, 180, 20), 0.8, 1)
                .agents();
        assertThat(plan.intervals())
                .extracting(StaffingPlan.IntervalStaffing::agents)
                .containsExactly(14, second, 0);
        assertThat(plan.intervals().getFirst().roundedFte()).isEqualTo(20);
        assertThat(plan.peakAgents()).isEqualTo(second);
        assertThat(plan.totalContacts()).isEqualTo(300);
        assertThat(plan.agentHours()).isCloseTo((14 + second) * 0.5, within(1e-9));
        int secondFte = Fte.fromAgents(second, 0.3).roundedFte();
        assertThat(plan.paidHours()).isCloseTo((20 + secondFte) * 0.5, within(1e-9));
        assertThat(plan.paidHoursUnrounded()).isCloseTo((14 + second) / 0.7 * 0.5, within(1e-9));
    }

    @Test
    void aWeekOfQuarterHoursPlansWithErlangA() {
        List<IntervalForecast> rows = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2025, 3, 3, 0, 0);
        for (int i = 0; i < 672; i++) {
            double contacts = 20 + 30 * Math.sin(Math.PI * (i % 96) / 96.0);
            rows.add(new IntervalForecast(start.plusMinutes(15L * i), contacts, 240));
        }
        Forecast forecast = new Forecast(Duration.ofMinutes(15), rows);
        StaffingPlan c = StaffingPlans.plan(forecast, QueueModel.erlangC(), StaffingGoal.serviceLevel(0.8), 20, 0.3);
        StaffingPlan a = StaffingPlans.plan(forecast, QueueModel.erlangA(120), StaffingGoal.serviceLevel(0.8), 20, 0.3);
        assertThat(c.intervals()).hasSize(672);
        assertThat(a.intervals())
                .allSatisfy(i -> assertThat(i.metrics().serviceLevel()).isGreaterThanOrEqualTo(0.8));
        assertThat(c.paidHours()).isGreaterThanOrEqualTo(c.paidHoursUnrounded());
        assertThat(c.paidHoursUnrounded()).isCloseTo(c.agentHours() / 0.7, within(1e-6));
    }
}
