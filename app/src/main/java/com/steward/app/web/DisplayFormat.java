package com.steward.app.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * How people read values on every page (and in the PDF pack and CSV exports meant for reading): one date
 * format ({@code 7 Dec 2026}), numbers with thousands separators and a precision that fits their size, money
 * with its currency, percentages, durations, and a label for every enum constant from {@code
 * messages.properties} ({@code enum.PER_HANDLED_MINUTE}), falling back to the constant in sentence case
 * ("Per handled minute"). Templates call it as {@code ${@fmt.date(x)}}; unknown values (null) read "—".
 */
@Component("fmt")
public class DisplayFormat {

    /** What a missing value reads as. */
    public static final String NONE = "—";

    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", LOCALE);

    private final MessageSource messages;

    public DisplayFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** A day as {@code 7 Dec 2026}: dates, date-times and instants (in UTC), or ISO text. */
    public String date(Object value) {
        TemporalAccessor t = temporal(value);
        return t == null ? text(value) : DATE.format(t);
    }

    /** A moment as {@code 7 Dec 2026, 14:05} (UTC); a plain date reads as {@link #date}. */
    public String dateTime(Object value) {
        TemporalAccessor t = temporal(value);
        if (t instanceof LocalDate) {
            return DATE.format(t);
        }
        return t == null ? text(value) : DATE_TIME.format(t);
    }

    /** A month as {@code Jan 2026} (a {@link YearMonth}, a date, or {@code 2026-01}). */
    public String month(Object value) {
        if (value instanceof YearMonth ym) {
            return MONTH.format(ym);
        }
        if (value instanceof CharSequence s) {
            try {
                return MONTH.format(YearMonth.parse(s));
            } catch (DateTimeParseException e) {
                // not a bare month: read as a date below
            }
        }
        TemporalAccessor t = temporal(value);
        return t == null ? text(value) : MONTH.format(t);
    }

    /**
     * A number with thousands separators and a precision that fits its size: whole numbers as they are, two
     * decimals below 10, one below 100, none from 100 on ({@code 173.33333333333334} → {@code 173}).
     */
    public String number(Object value) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return text(value);
        }
        BigDecimal size = n.abs();
        int decimals = size.compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : size.compareTo(BigDecimal.TEN) >= 0 ? 1 : 2;
        return pattern(0, decimals).format(n.setScale(decimals, RoundingMode.HALF_UP));
    }

    /**
     * An entered value as typed, made readable: thousands separators, no trailing zeros, at most four decimals
     * below 1 (rates such as 0.0765) and two from 1 on ({@code 38000.0} → {@code 38,000}, {@code 173.33333} →
     * {@code 173.33}); text that is not a number is returned as it is.
     */
    public String value(Object value) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return text(value);
        }
        int decimals = n.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2;
        return pattern(0, decimals).format(n.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A number with exactly {@code decimals} decimals and thousands separators. */
    public String number(Object value, int decimals) {
        BigDecimal n = decimal(value);
        return n == null ? text(value) : pattern(decimals, decimals).format(n.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A count: a whole number with thousands separators ({@code 54.0} → {@code 54}). */
    public String count(Object value) {
        return number(value, 0);
    }

    /** Money with its currency code: {@code EUR 45,810} (cents shown below 1,000). */
    public String money(Object value, String currency) {
        String amount = money(value);
        return amount.equals(NONE) || currency == null || currency.isBlank() ? amount : currency + " " + amount;
    }

    /** Money without a currency: whole units from 1,000 on, cents below. */
    public String money(Object value) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return text(value);
        }
        int decimals = n.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? 0 : 2;
        return pattern(decimals, decimals).format(n.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A fraction as a percentage with one decimal: {@code 0.125} → {@code 12.5 %}. */
    public String percent(Object fraction) {
        return percent(fraction, 1);
    }

    /** A fraction as a percentage with {@code decimals} decimals. */
    public String percent(Object fraction, int decimals) {
        BigDecimal n = decimal(fraction);
        return n == null ? text(fraction) : number(n.movePointRight(2), decimals) + " %";
    }

    /** A value already in percent (e.g. a rate in percentage points): {@code 7.25} → {@code 7.3 %}. */
    public String points(Object percent) {
        BigDecimal n = decimal(percent);
        return n == null ? text(percent) : number(n, 1) + " %";
    }

    /** A duration: a {@link Duration} or seconds, as {@code 45 s}, {@code 3 min 20 s}, {@code 2 h 5 min}. */
    public String duration(Object value) {
        long seconds;
        if (value instanceof Duration d) {
            seconds = d.toSeconds();
        } else {
            BigDecimal n = decimal(value);
            if (n == null) {
                return text(value);
            }
            seconds = n.setScale(0, RoundingMode.HALF_UP).longValue();
        }
        String sign = seconds < 0 ? "−" : "";
        long s = Math.abs(seconds);
        if (s < 60) {
            return sign + s + " s";
        }
        if (s < 3600) {
            return sign + (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        long minutes = Math.round((s % 3600) / 60.0);
        long hours = s / 3600 + (minutes == 60 ? 1 : 0);
        minutes = minutes == 60 ? 0 : minutes;
        return sign + hours + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }

    /**
     * The readable name of an enum constant or code: {@code enum.<NAME>} from the message bundle, else the
     * constant in sentence case ({@code COMPLAINT_RATE} → "Complaint rate", {@code abandonment_rate} → "Abandonment
     * rate"); other text is returned as it is.
     */
    public String label(Object value) {
        if (value == null) {
            return NONE;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        // KPI ids (csat, abandonment_rate) are codes too: the same labels, looked up in upper case.
        boolean lowerCode = text.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
        if (!lowerCode && !text.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
            return text;
        }
        String code = text.toUpperCase(Locale.ROOT);
        try {
            return messages.getMessage("enum." + code, null, LOCALE);
        } catch (NoSuchMessageException e) {
            String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    private static String text(Object value) {
        if (value instanceof Double d && d.isInfinite()) {
            return d > 0 ? "∞" : "−∞";
        }
        boolean unknown = value == null || value.toString().isBlank() || value instanceof Double d && d.isNaN();
        return unknown ? NONE : value.toString();
    }

    private static DecimalFormat pattern(int minDecimals, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(LOCALE));
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal b -> b;
            case Double d when d.isNaN() || d.isInfinite() -> null;
            case Float f when f.isNaN() || f.isInfinite() -> null;
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> new BigDecimal(f.toString());
            case Number n -> new BigDecimal(n.toString());
            case CharSequence s -> {
                try {
                    yield new BigDecimal(s.toString().trim());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            default -> null;
        };
    }

    private static TemporalAccessor temporal(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case LocalDateTime d -> d;
            case ZonedDateTime d -> d.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            case OffsetDateTime d -> d.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            case Instant i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            case Date d -> LocalDateTime.ofInstant(Instant.ofEpochMilli(d.getTime()), ZoneOffset.UTC);
            case CharSequence s -> parse(s.toString().trim());
            default -> null;
        };
    }

    private static TemporalAccessor parse(String s) {
        try {
            return s.length() <= 10 ? LocalDate.parse(s) : LocalDateTime.ofInstant(Instant.parse(s), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
