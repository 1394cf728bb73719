/** JMH benchmarks for Steward's performance targets; run with {@code ./steward bench} or the shaded jar. */
package com.steward.benchmarks;
