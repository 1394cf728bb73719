package com.steward.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ICalendarProperties {

    /** Text as people type it, in any script: ASCII with the special characters, accents, CJK, emoji, line breaks. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(12),
                Arbitraries.of("\\", ";", ",", "\n", "\r\n", "\r", "\t", "ü", "€", "中文", "😀", "👍🏽", " "),
                Arbitraries.strings().withCharRange('\u00a0', '\u07ff').ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(8));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** What escaping keeps: line breaks as LF, no other controls but TAB. */
    static String normalised(String s) {
        StringBuilder out = new StringBuilder();
        String lf = s.replace("\r\n", "\n").replace('\r', '\n');
        for (char c : lf.toCharArray()) {
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Property
    void unfoldingAndUnescapingGivesBackTheText(@ForAll("text") String text) {
        String folded = ICalendar.fold("DESCRIPTION:" + ICalendar.escapeText(text));
        String unfolded = ICalendar.unfold(folded);
        assertThat(unfolded).endsWith("\r\n");
        String value = unfolded.substring("DESCRIPTION:".length(), unfolded.length() - 2);
        assertThat(ICalendar.unescapeText(value)).isEqualTo(normalised(text));
    }

    @Property
    void noPhysicalLineIsLongerThan75Octets(@ForAll("text") String text) {
        String folded = ICalendar.fold("SUMMARY:" + ICalendar.escapeText(text));
        assertThat(folded).endsWith("\r\n");
        for (String line : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
            assertThat(ICalendar.octets(line)).isLessThanOrEqualTo(ICalendar.MAX_LINE_OCTETS);
            assertThat(line).doesNotContain("\n").doesNotContain("\r");
            // never a broken character: the line re-encodes to the same text
            assertThat(new String(
                            line.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(line);
        }
    }

    @Property
    void aWholeCalendarReadsBackEveryEventsText(@ForAll("text") String summary, @ForAll("text") String description) {
        Instant start = Instant.parse("2026-03-29T08:00:00Z");
        ICalendar.Event event = new ICalendar.Event(
                "review-meeting-1@steward",
                start,
                start,
                start.plusSeconds(3600),
                summary,
                "Berlin; Room 2",
                description,
                ICalendar.EventStatus.CONFIRMED,
                1);
        String ics = ICalendar.write("-//Steward//Reviews//EN", "Reviews", List.of(event));
        var read = ICalendar.readEvents(ics).getFirst();
        assertThat(read.get("SUMMARY")).isEqualTo(normalised(summary));
        assertThat(read.getOrDefault("DESCRIPTION", ""))
                .isEqualTo(description.isBlank() ? "" : normalised(description));
        assertThat(read.get("LOCATION")).isEqualTo("Berlin; Room 2");
        for (String line : ics.split("\r\n")) {
            assertThat(ICalendar.octets(line)).isLessThanOrEqualTo(75);
        }
    }
}
