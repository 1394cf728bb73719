/** Confidence intervals, tests and process-control statistics used to judge contact-center metrics honestly. */
package com.steward.core.statistics;
