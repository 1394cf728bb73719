package com.steward.app.calibration;

/** A vendor's dispute of the expert's score on one of its own interactions. */
public record DisputeInput(Long itemId, String reason) {}
