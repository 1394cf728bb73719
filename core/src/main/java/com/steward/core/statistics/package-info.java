/** Confidence intervals, tests and process-control statistics used to judge contact-center metrics honestly. */
@NullMarked
package com.steward.core.statistics;

import org.jspecify.annotations.NullMarked;
