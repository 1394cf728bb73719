package com.steward.app.duediligence;

import java.time.LocalDate;

/** The reference calls about one vendor in brief: how many, their average score (1–5), the latest. */
public record ReferenceSummary(long vendorId, int calls, Double averageScore, LocalDate lastCalledOn) {}
