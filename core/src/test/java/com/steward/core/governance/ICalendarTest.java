package com.steward.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    static final Instant STAMP = Instant.parse("2026-01-02T08:00:00Z");

    static ICalendar.Event event(String summary, String description) {
        return new ICalendar.Event(
                "review-meeting-7@steward",
                STAMP,
                Instant.parse("2026-01-05T09:00:00Z"),
                Instant.parse("2026-01-05T10:00:00Z"),
                summary,
                "Room 4, Berlin",
                description,
                ICalendar.EventStatus.CONFIRMED,
                2);
    }

    @Test
    void writesACalendarWithCrlfLineEndsAndUtcTimes() {
        String ics = ICalendar.write("-//Steward//Reviews//EN", "Acme reviews", List.of(event("Monthly review", "a")));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics)
                .contains("\r\nUID:review-meeting-7@steward\r\n")
                .contains("\r\nDTSTAMP:20260102T080000Z\r\n")
                .contains("\r\nDTSTART:20260105T090000Z\r\n")
                .contains("\r\nDTEND:20260105T100000Z\r\n")
                .contains("\r\nLOCATION:Room 4\\, Berlin\r\n")
                .contains("\r\nSTATUS:CONFIRMED\r\n")
                .contains("\r\nSEQUENCE:2\r\n");
    }

    @Test
    void escapesTextSpecialCharacters() {
        assertThat(ICalendar.escapeText("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(ICalendar.unescapeText("a\\\\b\\;c\\,d\\ne\\Nf")).isEqualTo("a\\b;c,d\ne\nf");
    }

    @Test
    void foldsAt75OctetsWithoutSplittingAMultiByteCharacter() {
        String line = "DESCRIPTION:" + "ü".repeat(40); // 12 + 80 octets
        String folded = ICalendar.fold(line);
        String[] physical = folded.split("\r\n");
        assertThat(physical).hasSize(2);
        assertThat(ICalendar.octets(physical[0])).isEqualTo(74); // 12 + 31 × 2; one more ü would make 76
        assertThat(physical[1]).startsWith(" ü");
        assertThat(ICalendar.unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void foldsAFourByteCharacterWhole() {
        String line = "SUMMARY:" + "a".repeat(66) + "😀"; // 74 + 4 octets
        String[] physical = ICalendar.fold(line).split("\r\n");
        assertThat(physical[0]).isEqualTo("SUMMARY:" + "a".repeat(66));
        assertThat(physical[1]).isEqualTo(" 😀");
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String line = "X".repeat(75);
        assertThat(ICalendar.fold(line)).isEqualTo(line + "\r\n");
        assertThat(ICalendar.fold(line + "Y")).isEqualTo(line + "\r\n Y\r\n");
    }

    @Test
    void readsBackWhatItWrote() {
        String description = "Performance: score 78.5 vs threshold 80; CSAT below target,\nnext: staffing plan";
        ICalendar.Event cancelled = new ICalendar.Event(
                "review-meeting-8@steward",
                STAMP,
                Instant.parse("2026-02-05T09:00:00Z"),
                Instant.parse("2026-02-05T10:30:00Z"),
                "QBR, Q1",
                null,
                null,
                ICalendar.EventStatus.CANCELLED,
                0);
        String ics = ICalendar.write(
                "-//Steward//Reviews//EN", null, List.of(event("Monthly review", description), cancelled));
        List<Map<String, String>> events = ICalendar.readEvents(ics);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).containsEntry("DESCRIPTION", description).containsEntry("SUMMARY", "Monthly review");
        assertThat(events.get(1))
                .containsEntry("SUMMARY", "QBR, Q1")
                .containsEntry("STATUS", "CANCELLED")
                .containsEntry("DTEND", "20260205T103000Z")
                .doesNotContainKey("LOCATION");
    }

    @Test
    void rejectsAnEventEndingBeforeItStarts() {
        assertThatThrownBy(() -> new ICalendar.Event(
                        "u", STAMP, STAMP, STAMP.minusSeconds(1), "s", null, null, ICalendar.EventStatus.CONFIRMED, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
