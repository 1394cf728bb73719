/** The KPI explorer page and the KPI REST API, both scoped through {@link com.steward.app.kpi.KpiExplorer}. */
@NullMarked
package com.steward.app.kpi.web;

import org.jspecify.annotations.NullMarked;
