package com.steward.app.ingest;

import com.steward.analytics.ingest.ColumnMapping;
import java.time.Instant;

/**
 * A named column mapping as stored: its definition as the text it was saved with (comments and order kept; read by
 * {@link com.steward.analytics.ingest.MappingText}).
 */
public record SavedMapping(long id, String name, String properties, String updatedBy, Instant updatedAt) {

    public ColumnMapping mapping() {
        return ColumnMapping.fromProperties(properties).withName(name);
    }
}
