/** KPIs over the interaction lake, scoped to the vendors the caller may see, as JSON, CSV, tables and trend charts. */
@NullMarked
package com.steward.app.kpi;

import org.jspecify.annotations.NullMarked;
