package com.steward.analytics.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The result of one import.
 *
 * @param record what the app stores
 * @param rowsRead data rows in the file
 * @param rejects the first {@link Importer#MAX_REPORTED_REJECTS} reasons, ordered by line (the counts in
 *     {@code record} are exact; {@link ImportRequest#rejectsCsv()} receives all of them)
 * @param lakeGeneration the lake generation after the import
 * @param filtered rows the mapping's filter dropped (not contacts; neither accepted nor rejected)
 */
public record ImportReport(
        ImportRecord record, long rowsRead, List<RejectedRow> rejects, long lakeGeneration, long filtered) {
    public ImportReport {
        rejects = List.copyOf(rejects);
    }

    public ImportReport(ImportRecord record, long rowsRead, List<RejectedRow> rejects, long lakeGeneration) {
        this(record, rowsRead, rejects, lakeGeneration, 0);
    }

    public long accepted() {
        return record.rowsAccepted();
    }

    public long rejected() {
        return record.rowsRejected();
    }

    public boolean committed() {
        return record.committed();
    }

    /** Writes {@link #rejects()} as CSV (file, line, column, value, reason), neutralising spreadsheet formulas. */
    public void writeRejectsCsv(Writer out) {
        try {
            out.write("file,line,column,value,reason\n");
            for (RejectedRow row : rejects) {
                out.write(CsvText.field(row.file()) + "," + row.line() + "," + CsvText.field(row.column()) + ","
                        + CsvText.field(row.value()) + "," + CsvText.field(row.reason()) + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
