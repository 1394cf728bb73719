package com.steward.app.ingest;

import com.steward.analytics.ingest.MappingText;
import com.steward.analytics.ingest.RejectedRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the mapping editor shows for a mapping text on a sample: the text's problems by line, then (when the text can
 * be read at all) the sample's first rows as the mapping makes them and the whole sample validated as an import would
 * be. Nothing is stored.
 *
 * @param problems the text's problems, each with its line (empty when it would be saved as it is)
 * @param error why the sample could not be mapped (a column the file lacks, a limit), or {@code null}
 * @param header the sample's own columns
 * @param columns the canonical columns, in the order of {@code rows}' values
 * @param rows the first mapped rows; a {@code null} value is not reported
 * @param rowsRead data rows in the sample
 * @param rejects the first rejected rows with line, column, value and reason
 * @param notMapped canonical columns the mapping gives no source (neither a column of the file, nor a constant,
 *     date-time pair or expression): not reported
 * @param emptyInSample mapped canonical columns that are empty on every shown row
 * @param millis how long the preview took
 */
public record MappingPreview(
        List<MappingText.Problem> problems,
        @Nullable String error,
        List<String> header,
        List<String> columns,
        List<List<@Nullable String>> rows,
        long rowsRead,
        long accepted,
        long rejected,
        long filtered,
        List<RejectedRow> rejects,
        List<String> notMapped,
        List<String> emptyInSample,
        long millis) {

    public MappingPreview {
        problems = List.copyOf(problems);
        header = List.copyOf(header);
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(r -> Collections.unmodifiableList(new ArrayList<>(r)))
                .toList();
        rejects = List.copyOf(rejects);
        notMapped = List.copyOf(notMapped);
        emptyInSample = List.copyOf(emptyInSample);
    }

    /** A text that cannot be read at all (or a sample that cannot be mapped): its problems or error, no rows. */
    static MappingPreview unreadable(List<MappingText.Problem> problems, @Nullable String error, long millis) {
        return new MappingPreview(
                problems, error, List.of(), List.of(), List.of(), 0, 0, 0, 0, List.of(), List.of(), List.of(), millis);
    }

    /** Whether the text would be saved as it is. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** Whether the sample was mapped (rows and counts are meaningful). */
    public boolean mapped() {
        return error == null && !columns.isEmpty();
    }
}
