package com.steward.app.savings.web;

import com.steward.app.web.InvalidRequestException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month given as {@code yyyy-MM} in a query parameter, read the same way by the pages and the API. */
final class MonthParam {

    private MonthParam() {}

    /** The month {@code text} names; a clear 400 naming {@code field} when it is missing or not a month. */
    static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, field + " is required, as yyyy-MM");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be a month as yyyy-MM, was '" + text + "'");
        }
    }
}
