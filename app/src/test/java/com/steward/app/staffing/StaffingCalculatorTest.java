package com.steward.app.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.app.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

class StaffingCalculatorTest {

    private static QueueQuery query(Double calls, Double aht, Integer agents, Double sl, Double shrinkage) {
        return new QueueQuery(calls, 1800.0, aht, 20.0, agents, sl, null, null, shrinkage, null);
    }

    @Test
    void rejectsEachBadFieldByName() {
        assertField(query(0.0, 180.0, 14, null, null), "calls");
        assertField(query(-1.0, 180.0, 14, null, null), "calls");
        assertField(query(100.0, 0.0, 14, null, null), "ahtSeconds");
        assertField(query(100.0, 180.0, null, 1.0, null), "targetServiceLevel");
        assertField(query(100.0, 180.0, null, 0.0, null), "targetServiceLevel");
        assertField(query(100.0, 180.0, 14, null, 1.0), "shrinkage");
        assertField(query(100.0, 180.0, -1, null, null), "agents");
        assertField(query(100.0, 180.0, null, null, null), "agents");
    }

    @Test
    void aWorkloadTooLargeToStaffIsTheCallersInputNotAServerError() {
        // 1e9 calls of 180 s in 30 minutes: 10^8 erlangs, beyond the 10^7 agents the search allows
        assertThatThrownBy(() -> StaffingCalculator.requiredAgents(query(1e9, 180.0, null, 0.8, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("calls");
                    assertThat(e.getMessage()).contains("cannot be staffed");
                });
    }

    @Test
    void erlangARequiresAPatience() {
        assertThatThrownBy(() -> StaffingCalculator.erlangA(query(100.0, 180.0, 14, null, null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("patienceSeconds"));
    }

    @Test
    void anEmptyOrMalformedForecastNamesTheForecastWithLineAndColumn() {
        assertThatThrownBy(() -> StaffingCalculator.parseForecast(" "))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("forecast"));
        assertThatThrownBy(() -> StaffingCalculator.parseForecast("interval_start,contacts,aht_seconds\nmonday,1,2\n"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("line 2, column 1");
    }

    @Test
    void theSampleForecastRoundTripsThroughItsCsv() {
        assertThat(StaffingCalculator.parseForecast(StaffingCalculator.sampleForecastCsv()))
                .isEqualTo(StaffingCalculator.sampleForecast());
    }

    private static void assertField(QueueQuery q, String field) {
        assertThatThrownBy(() -> StaffingCalculator.erlangC(q))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }
}
