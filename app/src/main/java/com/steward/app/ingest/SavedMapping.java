package com.steward.app.ingest;

import com.steward.analytics.ingest.ColumnMapping;
import java.time.Instant;

/** A named column mapping as stored, its definition as properties text ({@link ColumnMapping#toProperties()}). */
public record SavedMapping(long id, String name, String properties, String updatedBy, Instant updatedAt) {

    public ColumnMapping mapping() {
        return ColumnMapping.fromProperties(properties);
    }
}
