package com.steward.app.calibration;

/** A grader the caller may see (a VENDOR user sees its own vendor's graders and the expert), with its progress. */
public record GraderView(long userId, String name, String vendorName, boolean expert, int scored) {}
