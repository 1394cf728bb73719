package com.steward.core.governance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small iCalendar (RFC 5545) writer for review meetings: one VCALENDAR with VEVENTs whose times are in UTC.
 *
 * <ul>
 *   <li>Lines end in CRLF (§3.1).
 *   <li>Content lines longer than 75 octets are folded (§3.1): a CRLF and one space are inserted so that no line
 *       exceeds 75 octets of UTF-8, never inside a multi-byte character.
 *   <li>TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11); other control characters, which
 *       TEXT does not allow, and unpaired surrogates are dropped; CR LF and lone CR become one line break.
 *   <li>DTSTART, DTEND and DTSTAMP are UTC date-times in the form {@code 20260105T090000Z} (§3.3.5, form #2).
 * </ul>
 */
public final class ICalendar {

    /** Most octets on one line, excluding the CRLF (§3.1). */
    public static final int MAX_LINE_OCTETS = 75;

    static final String CRLF = "\r\n";

    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /** Whether a meeting happens (CONFIRMED) or was called off (CANCELLED), §3.8.1.11. */
    public enum EventStatus {
        CONFIRMED,
        CANCELLED
    }

    /**
     * One event.
     *
     * @param uid globally unique and stable across exports, e.g. {@code review-meeting-12@steward}
     * @param stamp when this version of the event was written (DTSTAMP)
     * @param sequence revision number, raised on each change that matters to attendees (§3.8.7.4)
     * @param description plain text, may contain line breaks
     */
    public record Event(
            String uid,
            Instant stamp,
            Instant start,
            Instant end,
            String summary,
            @Nullable String location,
            @Nullable String description,
            EventStatus status,
            int sequence) {

        public Event {
            if (uid == null || uid.isBlank() || stamp == null || start == null || end == null || status == null) {
                throw new IllegalArgumentException("an event needs uid, stamp, start, end and status");
            }
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("an event cannot end before it starts");
            }
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence is never negative");
            }
        }
    }

    /** The calendar as text with CRLF line ends and folded lines. */
    public static String write(String productId, @Nullable String calendarName, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + escapeText(productId));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        if (calendarName != null && !calendarName.isBlank()) {
            line(out, "X-WR-CALNAME:" + escapeText(calendarName));
        }
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escapeText(e.uid()));
            line(out, "DTSTAMP:" + utc(e.stamp()));
            line(out, "DTSTART:" + utc(e.start()));
            line(out, "DTEND:" + utc(e.end()));
            line(out, "SUMMARY:" + escapeText(nullToEmpty(e.summary())));
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + escapeText(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + escapeText(e.description()));
            }
            line(out, "STATUS:" + e.status().name());
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** {@code 20260105T090000Z}. */
    public static String utc(Instant at) {
        return UTC_DATE_TIME.format(at);
    }

    /** TEXT escaping of §3.3.11; line breaks (CRLF, CR, LF) become {@code \n}, other controls but TAB are dropped. */
    public static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (!Character.isSurrogate(c) && (c == '\t' || !Character.isISOControl(c))) {
                        out.append(c); // a lone surrogate is no character at all: dropped like a control
                    }
                }
            }
        }
        return out.toString();
    }

    /** The inverse of {@link #escapeText} for its output: {@code \\ \; \, \n \N} back to their characters. */
    public static String unescapeText(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Folds one content line (without its CRLF) into physical lines of at most 75 octets, each ended by CRLF;
     * continuation lines start with one space, which counts towards their 75 octets.
     */
    public static String fold(String contentLine) {
        StringBuilder out = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < contentLine.length()) {
            int codePoint = contentLine.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(contentLine, i, i + chars);
            octets += size;
            i += chars;
        }
        return out.append(CRLF).toString();
    }

    /** Undoes folding (§3.1): a CRLF followed by one space or tab is removed. */
    public static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /**
     * Reads the events of a calendar written by {@link #write} (or any calendar without parameters on the properties
     * read): each event as its property names mapped to unescaped values, in order. For tests and round trips.
     */
    public static List<Map<String, String>> readEvents(String calendar) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : unfold(calendar).split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("not a content line: " + line);
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (name.equals("BEGIN") && value.equals("VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (name.equals("END") && value.equals("VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int semicolon = name.indexOf(';');
                current.put(semicolon < 0 ? name : name.substring(0, semicolon), unescapeText(value));
            }
        }
        return events;
    }

    /** Octets of one code point in UTF-8. */
    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** UTF-8 octets of a string (for tests of the 75-octet rule). */
    public static int octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
