package com.steward.app.savings;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.contracts.TeamMember;
import com.steward.core.costing.PricingModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FteMonthsTest {

    private static TeamMember member(String start, String end, boolean dedicated) {
        return new TeamMember(
                1,
                1,
                "a",
                LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                dedicated,
                List.of(),
                null);
    }

    @Test
    void dedicatedMembersCountByTheirShareOfTheMonth() {
        List<TeamMember> team = List.of(
                member("2025-01-01", null, true), // whole February: 28/28
                member("2026-02-15", null, true), // 15th to 28th: 14/28
                member("2025-01-01", "2026-02-07", true), // 7/28
                member("2026-03-01", null, true), // not yet on the team
                member("2025-01-01", null, false)); // not dedicated
        // (28 + 14 + 7) / 28 = 1.75
        assertThat(Savings.fteMonths(team, YearMonth.of(2026, 2))).isEqualByComparingTo("1.750");
        assertThat(Savings.fteMonths(List.of(), YearMonth.of(2026, 2))).isEqualByComparingTo("0");
    }

    @Test
    void everyPricingModelOfTheCostingEngineHasItsUnit() {
        for (PricingModel model : PricingModel.values()) {
            assertThat(UnitType.of(model).pricingModel()).isEqualTo(model);
        }
    }
}
