package com.steward.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TeamStatisticsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31); // 365 days

    @Test
    void attritionIsLeaversOverAverageHeadcountAnnualised() {
        // 10 agents all year; 2 of them leave on 30 June and are replaced on 1 July (2 joiners).
        // headcount is 10 every day → average 10; leavers 2 → 2 / 10 × 365 / 365 = 20 %
        List<Membership> team = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            team.add(new Membership(LocalDate.of(2024, 1, 1), null, true));
        }
        for (int i = 0; i < 2; i++) {
            team.add(new Membership(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), true));
            team.add(new Membership(LocalDate.of(2025, 7, 1), null, i == 0));
        }
        TeamStatistics stats = TeamStatistics.of(team, FROM, TO);
        assertThat(stats.averageHeadcount()).isCloseTo(10, within(1e-9));
        assertThat(stats.leavers()).isEqualTo(2);
        assertThat(stats.annualAttrition()).isCloseTo(0.20, within(1e-9));
        assertThat(stats.headcount()).isEqualTo(10);
        // 9 of the 10 active on 31 Dec are dedicated
        assertThat(stats.shareDedicated()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void attritionOverAQuarterIsScaledToAYear() {
        // 4 agents through Q1 2025 (90 days), 1 leaves on 31 Mar: average 4, 1 leaver
        // 1 / 4 × 365 / 90 = 1.01388…
        List<Membership> team = List.of(
                new Membership(LocalDate.of(2024, 1, 1), null, true),
                new Membership(LocalDate.of(2024, 1, 1), null, true),
                new Membership(LocalDate.of(2024, 1, 1), null, true),
                new Membership(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 31), true));
        TeamStatistics stats = TeamStatistics.of(team, FROM, LocalDate.of(2025, 3, 31));
        assertThat(stats.windowDays()).isEqualTo(90);
        assertThat(stats.annualAttrition()).isCloseTo(0.25 * 365 / 90, within(1e-9));
    }

    @Test
    void tenureIsMeasuredInMonthsOnTheLastDay() {
        // started 1 Jan 2025, as of 31 Dec 2025: 365 days / (365.25 / 12) = 11.99…
        TeamStatistics stats = TeamStatistics.of(List.of(new Membership(FROM, null, false)), FROM, TO);
        assertThat(stats.meanTenureMonths()).isCloseTo(365 / (365.25 / 12), within(1e-9));
        assertThat(stats.medianTenureMonths()).isEqualTo(stats.meanTenureMonths());
        assertThat(stats.shareDedicated()).isZero();
    }

    @Test
    void anEmptyTeamHasNoRates() {
        TeamStatistics stats = TeamStatistics.of(List.of(), FROM, TO);
        assertThat(stats.annualAttrition()).isNaN();
        assertThat(stats.shareDedicated()).isNaN();
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Membership(TO, FROM, true)).hasMessageStartingWith("end");
    }

    @Property(tries = 200)
    void attritionIsNeverNegativeAndTheDedicatedShareIsAFraction(
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 700) Integer> starts,
            @ForAll @IntRange(min = 0, max = 400) int length) {
        List<Membership> team = new java.util.ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(starts.get(i));
            team.add(new Membership(start, i % 3 == 0 ? start.plusDays(length) : null, i % 2 == 0));
        }
        TeamStatistics stats = TeamStatistics.of(team, FROM, TO);
        if (!Double.isNaN(stats.annualAttrition())) {
            assertThat(stats.annualAttrition()).isGreaterThanOrEqualTo(0);
        }
        if (!Double.isNaN(stats.shareDedicated())) {
            assertThat(stats.shareDedicated()).isBetween(0.0, 1.0);
        }
        assertThat(stats.headcount()).isLessThanOrEqualTo(team.size());
    }
}
