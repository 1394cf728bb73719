package com.steward.app.lake;

import com.steward.analytics.queries.LakeRow;
import java.util.List;

/** The rows of one lake query and the lake generation they were read from. */
public record LakeResult(List<LakeRow> rows, long generation) {
    public LakeResult {
        rows = List.copyOf(rows);
    }
}
