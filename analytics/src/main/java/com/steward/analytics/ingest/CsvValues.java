package com.steward.analytics.ingest;

/**
 * Strict parsers for the value spellings of a canonical CSV, for {@link DirectImport}. Each accepts a subset of
 * what DuckDB's typed CSV reader accepts and yields exactly DuckDB's value; anything else throws {@link
 * DirectImport.Deferred}, so the DuckDB path decides. Values are byte ranges {@code [from, to)} of a buffer.
 */
final class CsvValues {
    private CsvValues() {}

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    /** {@code true} or {@code false} (the spellings DuckDB writes); 1 or 0. */
    static long parseBoolean(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 4 && b[from] == 't' && b[from + 1] == 'r' && b[from + 2] == 'u' && b[from + 3] == 'e') {
            return 1;
        }
        if (n == 5
                && b[from] == 'f'
                && b[from + 1] == 'a'
                && b[from + 2] == 'l'
                && b[from + 3] == 's'
                && b[from + 4] == 'e') {
            return 0;
        }
        throw new DirectImport.Deferred("boolean not spelled true or false");
    }

    /**
     * A decimal {@code [-]digits[.digits]} with at most 15 digits in all: the digits as an integer are exact in a
     * double, and so is the power of ten, so one division gives the correctly rounded value, as DuckDB's parser
     * does. Exponents, a leading {@code +} or {@code .}, and longer values defer.
     */
    static double parseNumber(byte[] b, int from, int to) {
        int p = from;
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; p < to; p++) {
            int c = b[p];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0 && count > 0) {
                fraction = 0;
            } else {
                throw new DirectImport.Deferred("number not in plain decimal form");
            }
        }
        if (count == 0 || count > 15 || fraction == 0) {
            throw new DirectImport.Deferred("number not in plain decimal form");
        }
        double value = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : digits;
        return negative ? -value : value;
    }

    /**
     * {@code YYYY-MM-DD hh:mm:ss[.f{1,6}]} (or {@code T} between date and time) followed by {@code Z}, {@code ±hh},
     * {@code ±hh:mm} or {@code ±hhmm}, as microseconds since the epoch. Without an offset the value is in the
     * mapping's zone: accepted only when that zone has a fixed offset ({@code fixedOffsetMicros}, else {@link
     * Long#MIN_VALUE}), since DuckDB resolves gaps and overlaps of other zones by its own rules.
     */
    static long parseTimestampMicros(byte[] b, int from, int to, long fixedOffsetMicros) {
        if (to - from < 19
                || b[from + 4] != '-'
                || b[from + 7] != '-'
                || (b[from + 10] != ' ' && b[from + 10] != 'T')
                || b[from + 13] != ':'
                || b[from + 16] != ':') {
            throw new DirectImport.Deferred("timestamp not in ISO form");
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (month < 1
                || month > 12
                || day < 1
                || day > daysInMonth(year, month)
                || hour > 23
                || minute > 59
                || second > 59) {
            throw new DirectImport.Deferred("timestamp field out of range");
        }
        int p = from + 19;
        long micros = 0;
        if (p < to && b[p] == '.') {
            int scale = 100_000;
            int start = ++p;
            while (p < to && b[p] >= '0' && b[p] <= '9') {
                micros += (b[p] - '0') * (long) scale;
                scale /= 10;
                p++;
            }
            if (p == start || p - start > 6) {
                throw new DirectImport.Deferred("fraction of a second not 1 to 6 digits");
            }
        }
        long offsetMicros;
        if (p == to) {
            if (fixedOffsetMicros == Long.MIN_VALUE) {
                throw new DirectImport.Deferred("timestamp without offset in a zone with daylight saving");
            }
            offsetMicros = fixedOffsetMicros;
        } else if (b[p] == 'Z' && p + 1 == to) {
            offsetMicros = 0;
        } else if (b[p] == '+' || b[p] == '-') {
            int sign = b[p] == '-' ? -1 : 1;
            int hours = digits(b, p + 1, Math.min(2, to - p - 1));
            int minutes;
            if (to - p == 3) {
                minutes = 0;
            } else if (to - p == 6 && b[p + 3] == ':') {
                minutes = digits(b, p + 4, 2);
            } else if (to - p == 5) {
                minutes = digits(b, p + 3, 2);
            } else {
                throw new DirectImport.Deferred("offset not ±hh, ±hh:mm or ±hhmm");
            }
            if (hours > 14 || minutes > 59) {
                throw new DirectImport.Deferred("offset out of range");
            }
            offsetMicros = sign * (hours * 3600L + minutes * 60L) * 1_000_000L;
        } else {
            throw new DirectImport.Deferred("timestamp not in ISO form");
        }
        long seconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        return seconds * 1_000_000L + micros - offsetMicros;
    }

    private static int digits(byte[] b, int at, int n) {
        if (n <= 0) {
            throw new DirectImport.Deferred("digits expected");
        }
        int value = 0;
        for (int i = at; i < at + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw new DirectImport.Deferred("digits expected");
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
    }

    /** The UTC year and month of an epoch day as {@code year * 100 + month} (Hinnant's civil_from_days). */
    static int yearMonth(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return (int) year * 100 + month;
    }
}
