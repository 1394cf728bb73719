/** Staffing: Erlang C / Erlang A calculations and interval plans over the pure maths of {@code core}, for the CLI, REST and pages. */
package com.steward.app.staffing;
