package com.steward.analytics.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactCenterSimulationTest {
    private static final YearMonth FIRST = YearMonth.of(2025, 4);

    /** Per month: contacts, repeats arriving before any contact of theirs could have in that month, a hash. */
    private record Month(YearMonth month, int contacts, int earlyRepeats, long hash) {}

    private static List<Month> months(long seed, long firstContacts, int months, long[][] perHandler, int[] from) {
        List<Month> result = new ArrayList<>();
        new ContactCenterSimulation(seed, firstContacts, FIRST, months).run(b -> {
            long start = b.month().atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
            long end = b.month().plusMonths(1).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
            int early = 0;
            long hash = 17;
            int monthIndex = (int) (b.month().getYear() * 12L
                    + b.month().getMonthValue()
                    - FIRST.getYear() * 12L
                    - FIRST.getMonthValue());
            for (int i = 0; i < b.size(); i++) {
                assertThat(b.arrivedMicros(i)).isBetween(start, end - 1);
                if (i > 0) {
                    assertThat(b.arrivedMicros(i)).isGreaterThanOrEqualTo(b.arrivedMicros(i - 1));
                }
                // A repeat follows the end of an earlier contact by at least 0.05 days (72 minutes).
                if (b.kind(i) == MonthBatch.REPEAT && b.arrivedMicros(i) < start + 72 * 60_000_000L) {
                    early++;
                }
                hash = hash * 31 + b.id(i);
                hash = hash * 31 + b.arrivedMicros(i);
                hash = hash * 31 + b.endedMicros(i);
                hash = hash * 31 + b.customer(i) * 7 + b.handler(i) + b.csat(i);
                if (perHandler != null && monthIndex >= from[0] && monthIndex < from[1]) {
                    long[] s = perHandler[b.handler(i)];
                    if (b.answeredMicros(i) == MonthBatch.NONE) {
                        s[1]++;
                    } else {
                        s[0]++;
                        s[2] += b.answeredMicros(i) - b.arrivedMicros(i);
                    }
                }
            }
            result.add(new Month(b.month(), b.size(), early, hash));
        });
        return result;
    }

    @Test
    void theSameSeedGivesTheSameContactsAndAnotherSeedOthers() {
        List<Month> a = months(3, 30_000, 3, null, null);
        assertThat(months(3, 30_000, 3, null, null)).isEqualTo(a);
        assertThat(months(4, 30_000, 3, null, null)).isNotEqualTo(a);
    }

    @Test
    void monthsComeInOrderWithRepeatsCarriedAcrossMonthBoundaries() {
        List<Month> months = months(9, 60_000, 4, null, null);
        assertThat(months)
                .extracting(Month::month)
                .containsExactly(FIRST, FIRST.plusMonths(1), FIRST.plusMonths(2), FIRST.plusMonths(3));
        int total = months.stream().mapToInt(Month::contacts).sum();
        // About 1.2 contacts per first contact; each month holds its share of the days.
        assertThat(total).isBetween(68_000, 76_000);
        for (Month m : months) {
            assertThat(m.contacts()).isBetween(total / 5, total / 3);
        }
        assertThat(months.get(0).earlyRepeats()).isZero();
        // Repeats within 72 minutes of a month's start were scheduled in the month before.
        assertThat(months.subList(1, 4).stream().mapToInt(Month::earlyRepeats).sum())
                .isPositive();
    }

    @Test
    void waitsAndAbandonsFollowTheHandlersStaffingAndCorvidDegrades() {
        long[][] before = new long[4][3];
        long[][] after = new long[4][3];
        months(5, 600_000, 12, before, new int[] {0, 9});
        months(5, 600_000, 12, after, new int[] {9, 12});
        int inhouse = 0;
        int acme = 1;
        int bluesky = 2;
        int corvid = 3;
        // bluesky staffs for the lowest service level: the longest waits and most abandons; in-house the fewest.
        for (int h : new int[] {inhouse, acme, corvid}) {
            assertThat(asa(before[bluesky])).isGreaterThan(asa(before[h]));
            assertThat(abandonRate(before[bluesky])).isGreaterThan(abandonRate(before[h]));
        }
        assertThat(abandonRate(before[inhouse])).isLessThan(abandonRate(before[acme]));
        assertThat(asa(before[inhouse])).isLessThan(asa(before[acme]));
        // corvid's last three months: lower staffing goal and longer handle times.
        assertThat(asa(after[corvid])).isGreaterThan(1.5 * asa(before[corvid]));
        assertThat(abandonRate(after[corvid])).isGreaterThan(1.5 * abandonRate(before[corvid]));
        assertThat(abandonRate(after[acme])).isLessThan(1.3 * abandonRate(before[acme]));
    }

    private static double asa(long[] s) {
        return s[2] / 1e6 / s[0];
    }

    private static double abandonRate(long[] s) {
        return (double) s[1] / (s[0] + s[1]);
    }
}
