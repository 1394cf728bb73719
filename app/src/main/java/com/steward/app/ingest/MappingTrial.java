package com.steward.app.ingest;

import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.Importer;

/**
 * A mapping tried on a file, nothing stored.
 *
 * @param head the file's header and first rows as the mapping makes them
 * @param wholeFile the whole file validated and counted as an import would be
 */
public record MappingTrial(Importer.Preview head, ImportReport wholeFile) {}
