package com.steward.app.reviews;

import com.steward.core.governance.PromiseStatus;
import java.time.LocalDate;

/** A promise's recorded outcome: KEPT with the day it was kept, BROKEN, or back to OPEN; with an optional note. */
public record OutcomeInput(PromiseStatus status, LocalDate keptOn, String note) {}
