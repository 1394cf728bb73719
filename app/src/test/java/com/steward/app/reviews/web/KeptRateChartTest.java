package com.steward.app.reviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.reviews.KeptRate;
import com.steward.app.reviews.Side;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class KeptRateChartTest {

    static KeptRate rate(
            Side side,
            String quarter,
            long kept,
            long counted,
            @Nullable Double r,
            @Nullable Double low,
            @Nullable Double high) {
        return new KeptRate(
                side,
                quarter,
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 6, 30),
                kept,
                0,
                0,
                0,
                0,
                counted,
                r,
                low,
                high);
    }

    @Test
    void everySideGetsOnePointPerQuarterInPercentAndGapsWhereNothingCounted() {
        List<KeptRate> rates = List.of(
                rate(Side.CLIENT, "2025-Q2", 1, 1, 1.0, 0.2, 1.0),
                rate(Side.VENDOR, "2025-Q2", 2, 5, 0.4, 0.1, 0.8),
                rate(Side.VENDOR, "2025-Q3", 0, 0, null, null, null));
        Map<String, Object> chart = ReviewPageModels.chart(rates);
        assertThat(chart.get("type")).isEqualTo("kept-rate");
        assertThat(chart.get("quarters")).isEqualTo(List.of("2025-Q2", "2025-Q3"));
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> sides = (Map<String, List<Object>>) Objects.requireNonNull(chart.get("sides"));
        assertThat(Objects.requireNonNull(sides.get("CLIENT"))).hasSize(2);
        assertThat(Objects.requireNonNull(sides.get("CLIENT")).get(1)).isNull();
        assertThat(Objects.requireNonNull(sides.get("VENDOR")).get(0)).isEqualTo(List.of(40.0, 10.0, 80.0, 2L, 5L));
        assertThat(Objects.requireNonNull(sides.get("VENDOR")).get(1)).isNull();
        assertThat(Arrays.asList(sides.keySet().toArray())).containsExactly("CLIENT", "VENDOR");
    }
}
