package com.steward.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void parsesAndSpansThreeMonths() {
        Quarter q = Quarter.parse("2026-q1");
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.previous()).hasToString("2025-Q4");
        assertThat(q.next()).hasToString("2026-Q2");
        assertThat(Quarter.of(LocalDate.of(2025, 12, 31))).isEqualTo(new Quarter(2025, 4));
        assertThatThrownBy(() -> Quarter.parse("2026-5")).hasMessageContaining("yyyy-Qn");
    }
}
