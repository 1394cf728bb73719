package com.steward.app.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {

    @Test
    void theTextListsEveryPartInOrderWithEmptyPartsSaidSo() {
        Agenda agenda = new Agenda(
                Instant.parse("2026-03-01T08:00:00Z"),
                List.of(new Agenda.Performance(
                        7,
                        "Acme care",
                        "2026-02",
                        1,
                        76.25,
                        80,
                        true,
                        List.of("CSAT 0.780 (target 0.850, threshold 0.750)"),
                        Agenda.PUBLISHED_RUN)),
                List.of(),
                List.of(new Agenda.Item(
                        3, "Send QA calibration", "Vera", Side.VENDOR, LocalDate.of(2026, 2, 10), "OPEN")),
                List.of(),
                List.of(),
                List.of(new Agenda.Item(4, "CRM access", "Carl", Side.CLIENT, LocalDate.of(2026, 3, 20), "OPEN")),
                "Vendor: staffing plan\nClient: forecast",
                LocalDate.of(2026, 2, 3));
        String text = agenda.asText();
        assertThat(text)
                .containsSubsequence(
                        "1. Performance vs expectations",
                        "Acme care 2026-02: score 76.3 vs threshold 80 (BELOW)",
                        "below target: CSAT 0.780",
                        "2. Collaboration issues",
                        "overdue action: Send QA calibration (Vera, VENDOR, due 2026-02-10)",
                        "3. Open actions and promises",
                        "promise: CRM access (Carl, CLIENT, due 2026-03-20)",
                        "4. Next steps from the previous meeting",
                        "Vendor: staffing plan",
                        "Client: forecast");
        assertThat(agenda.size()).isEqualTo(4);
        Agenda empty =
                new Agenda(Instant.EPOCH, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        assertThat(empty.asText())
                .contains("No published scorecard yet.")
                .contains("None open.")
                .contains("None recorded.");
        assertThat(empty.size()).isZero();
    }

    @Test
    void aMonthRecordedByHandIsLabelledSoAndAContractWithoutFiguresIsNotReported() {
        Agenda agenda = new Agenda(
                Instant.parse("2026-03-01T08:00:00Z"),
                List.of(
                        new Agenda.Performance(
                                7, "Acme care", "2026-01", null, 72.5, 80, true, List.of(), Agenda.RECORDED_BY_HAND),
                        Agenda.Performance.notReported(8, "Acme sales", 75)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        assertThat(agenda.asText())
                .containsSubsequence(
                        "Acme care 2026-01 (recorded by hand): score 72.5 vs threshold 80 (BELOW)",
                        "Acme sales not reported")
                .doesNotContain("Acme sales: score");
        assertThat(agenda.size()).isEqualTo(2);
    }
}
