package com.steward.app.reviews;

import java.time.Instant;

/** One entry of an action's history: a status change and/or a note, who wrote it, from which side, when. */
public record ActionUpdate(
        long id,
        ActionStatus fromStatus,
        ActionStatus toStatus,
        String note,
        String author,
        Side authorSide,
        Instant at) {}
