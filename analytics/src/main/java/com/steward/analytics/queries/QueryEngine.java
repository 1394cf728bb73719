package com.steward.analytics.queries;

import java.util.List;

/** Runs lake query files; every engine gives the same rows for the same query and lake. */
public interface QueryEngine {
    /** The rows of {@code query}, in the order its SQL gives. */
    List<LakeRow> run(LakeQuery query);
}
