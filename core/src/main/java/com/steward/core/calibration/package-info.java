/**
 * QA calibration across vendors: inter-rater reliability (intraclass correlations, Krippendorff's alpha), each
 * grader's alignment with the client's expert, the variance between vendors against the variance within them, and
 * the per-vendor calibration offset.
 */
@NullMarked
package com.steward.core.calibration;

import org.jspecify.annotations.NullMarked;
