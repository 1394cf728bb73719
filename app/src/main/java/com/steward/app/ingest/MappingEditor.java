package com.steward.app.ingest;

import com.steward.analytics.ingest.ColumnMapping;
import com.steward.analytics.ingest.ImportException;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.ingest.MappingText;
import com.steward.analytics.ingest.RejectedRow;
import com.steward.app.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The mapping editor's preview: a mapping text tried on a sample through {@link Imports#trial}, the path {@code
 * steward mapping test} takes, with the text's problems by line and the canonical columns the mapping leaves not
 * reported. Nothing is stored.
 */
@Service
public class MappingEditor {

    /** Rows shown by default, and at most. */
    public static final int DEFAULT_ROWS = 20;

    public static final int MAX_ROWS = 200;

    /** Rejected rows listed, at most. */
    static final int LISTED_REJECTS = 50;

    private final Imports imports;
    private final MappingSamples samples;

    MappingEditor(Imports imports, MappingSamples samples) {
        this.imports = imports;
        this.samples = samples;
    }

    /**
     * Maps {@code sample} with {@code text} (read leniently, so an unfinished mapping still shows its rows; the
     * problems that would refuse it on save are listed with their lines). The importer re-checks every expression and
     * runs it on a connection that reaches nothing but the sample.
     */
    public MappingPreview preview(String text, Dataset dataset, MappingSample sample, int rows) {
        long start = System.nanoTime();
        if (dataset.feed() != null) {
            throw new InvalidRequestException(
                    "dataset", "A " + dataset.key() + " feed takes its own column names; it has no mapping");
        }
        List<MappingText.Problem> problems = problems(text);
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.fromProperties(text).withName("draft");
        } catch (RuntimeException e) {
            return MappingPreview.unreadable(problems, "The mapping cannot be read: " + e.getMessage(), since(start));
        }
        try {
            samples.limits().check(sample.file(), mapping.delimiter());
            MappingTrial trial = imports.trial(dataset, sample.file(), mapping, Math.clamp(rows, 1, MAX_ROWS));
            return of(problems, mapping, trial, since(start));
        } catch (ImportException e) {
            return MappingPreview.unreadable(problems, e.getMessage(), since(start));
        } catch (IllegalArgumentException e) {
            return MappingPreview.unreadable(problems, e.getMessage(), since(start));
        }
    }

    /** The problems that would refuse {@code text} on save, each with its line. */
    static List<MappingText.Problem> problems(String text) {
        try {
            MappingText.validate("draft", text);
            return List.of();
        } catch (MappingText.InvalidMapping e) {
            return e.problems();
        } catch (RuntimeException e) {
            return List.of(new MappingText.Problem(0, "The mapping cannot be read: " + e.getMessage()));
        }
    }

    private static MappingPreview of(
            List<MappingText.Problem> problems, ColumnMapping mapping, MappingTrial trial, long millis) {
        Importer.Preview head = trial.head();
        ImportReport whole = trial.wholeFile();
        List<RejectedRow> rejects = whole.rejects()
                .subList(0, Math.min(LISTED_REJECTS, whole.rejects().size()));
        List<String> notMapped = notMapped(mapping, head.header(), head.columns());
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < head.columns().size(); i++) {
            String column = head.columns().get(i);
            int index = i;
            if (!head.rows().isEmpty()
                    && !notMapped.contains(column)
                    && head.rows().stream().allMatch(row -> row.get(index) == null)) {
                empty.add(column);
            }
        }
        return new MappingPreview(
                problems,
                null,
                head.header(),
                head.columns(),
                head.rows(),
                whole.rowsRead(),
                whole.accepted(),
                whole.rejected(),
                whole.filtered(),
                rejects,
                notMapped,
                empty,
                millis);
    }

    /**
     * Canonical columns with no source: no constant, date-time pair or expression, and neither the mapped source
     * column nor a column of the canonical name in the file's header (compared without case, as the importer does).
     */
    static List<String> notMapped(ColumnMapping mapping, List<String> header, List<String> columns) {
        Set<String> inFile =
                header.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return columns.stream()
                .filter(c -> !mapping.constants().containsKey(c)
                        && !mapping.dateTimeColumns().containsKey(c)
                        && !mapping.expressions().containsKey(c)
                        && !inFile.contains(mapping.columns().getOrDefault(c, c).toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
