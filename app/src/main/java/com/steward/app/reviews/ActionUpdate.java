package com.steward.app.reviews;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an action's history: a status change and/or a note, who wrote it, from which side, when. */
public record ActionUpdate(
        long id,
        @Nullable ActionStatus fromStatus,
        ActionStatus toStatus,
        @Nullable String note,
        String author,
        Side authorSide,
        Instant at) {

    /** A new entry (no id yet) written by {@code author} on {@code side} at {@code at}. */
    static ActionUpdate written(
            @Nullable ActionStatus from, ActionStatus to, @Nullable String note, Side side, String author, Instant at) {
        return new ActionUpdate(0, from, to, note, author, side, at);
    }
}
