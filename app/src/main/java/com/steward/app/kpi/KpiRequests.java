package com.steward.app.kpi;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.VendorFilter;
import com.steward.app.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns the text parameters of the CLI, the API and the explorer page into a {@link KpiQuery}. */
public final class KpiRequests {

    private KpiRequests() {}

    /**
     * @param by comma-separated dimensions ({@code handled_by,month}); blank for one total row
     * @param metrics comma-separated metric ids; blank for all
     * @throws InvalidRequestException naming the parameter at fault
     */
    public static KpiQuery parse(
            @Nullable String from, @Nullable String to, @Nullable String by, @Nullable String metrics) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidRequestException("to", "'to' (" + end + ") is before 'from' (" + start + ")");
        }
        List<Dimension> groupBy = new ArrayList<>();
        for (String key : split(by)) {
            try {
                groupBy.add(Dimension.fromKey(key));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("by", e.getMessage());
            }
        }
        Set<String> ids = new LinkedHashSet<>(split(metrics));
        try {
            return new KpiQuery(start, end, groupBy, VendorFilter.all(), ids, null);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String field = message.contains("metric") ? "metrics" : "by";
            throw new InvalidRequestException(field, message);
        }
    }

    private static LocalDate date(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, "'" + field + "' is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "'" + field + "' must be a date YYYY-MM-DD, was '" + text + "'");
        }
    }

    static List<String> split(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
