package com.steward.analytics.kpi;

import java.util.List;

/** Runs the KPI SQL over a lake; every engine gives the same numbers for the same inputs. */
public interface Engine {
    /** The rows of {@code query}, ordered by their keys. */
    List<KpiRow> run(KpiQuery query);
}
