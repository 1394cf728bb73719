package com.steward.analytics.lake;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The month partitions of the lake ({@code month=YYYY-MM} folders, UTC months): which month a file belongs to, and
 * the one pruning rule every reader uses: keep a file when its month lies in {@code first}…{@code last}, or when it
 * has no month folder, or when its dataset is a feed joined by interaction (whose month is the answer's, not the
 * contact's).
 *
 * @param first first UTC month kept, inclusive
 * @param last last UTC month kept, inclusive
 */
public record LakeMonths(YearMonth first, YearMonth last) {
    private static final String MONTH = "month=";

    public LakeMonths {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("need first ≤ last, was " + first + ".." + last);
        }
    }

    /** The UTC months holding instants from {@code from} up to {@code to} (both inclusive). */
    public static LakeMonths between(Instant from, Instant to) {
        return new LakeMonths(utcMonth(from), utcMonth(to));
    }

    /** The UTC month of an instant. */
    public static YearMonth utcMonth(Instant instant) {
        return YearMonth.from(instant.atOffset(ZoneOffset.UTC));
    }

    /** Whether a reader of these months must open {@code file} (a path or URI with {@code /} or {@code \} separators). */
    public boolean keeps(LakeDataset dataset, String file) {
        if (dataset.joinedByInteraction()) {
            return true;
        }
        return monthOf(file).map(this::contains).orElse(true);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** The month partition a file or folder lies in, if any. */
    public static Optional<YearMonth> monthOf(String file) {
        for (String part : file.split("[/\\\\]")) {
            if (part.startsWith(MONTH)) {
                return Optional.of(YearMonth.parse(part.substring(MONTH.length())));
            }
        }
        return Optional.empty();
    }
}
