package com.steward.app.ingest;

import com.steward.analytics.ingest.RejectedRow;
import java.util.List;

/**
 * A finished import: its record and the first rejection reasons (all of them are in the rejects CSV).
 *
 * @param rejects at most {@link Imports#REPORTED_REJECTS} reasons, ordered by line
 */
public record ImportOutcome(DataImport record, List<RejectedRow> rejects) {
    public ImportOutcome {
        rejects = List.copyOf(rejects);
    }
}
