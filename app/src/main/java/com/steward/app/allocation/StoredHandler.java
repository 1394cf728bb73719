package com.steward.app.allocation;

import org.jspecify.annotations.Nullable;

/**
 * A handler of a plan with its staffing terms as stored.
 *
 * @param vendorId the vendor in the register ({@code null} when the in-house team is not registered)
 * @param ahtSeconds own AHT; {@code null} = the forecast's
 * @param patienceSeconds mean patience; {@code null} = Erlang C
 * @param serviceLevel target share answered within {@code answerSeconds}, (0, 1)
 * @param shrinkage [0, 1)
 */
public record StoredHandler(
        String code,
        @Nullable Long vendorId,
        int ordinal,
        @Nullable Double ahtSeconds,
        @Nullable Double patienceSeconds,
        double serviceLevel,
        double answerSeconds,
        double shrinkage) {}
