package com.steward.app.reviews;

import com.steward.core.governance.PromiseStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A promise's recorded outcome: KEPT with the day it was kept, BROKEN, or back to OPEN; with an optional note. */
public record OutcomeInput(
        @Nullable PromiseStatus status,
        @Nullable LocalDate keptOn,
        @Nullable String note) {}
