package com.steward.analytics.feeds;

import com.steward.analytics.lake.LakeDataset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The feeds joined to interactions, with the columns their files carry and the lake dataset each is stored in. */
public enum Feed {
    /** Survey responses: {@code csat} (1–5) and/or {@code nps} (0–10), {@code responded_at}. */
    SURVEYS(
            "surveys",
            LakeDataset.SURVEY_RESPONSES,
            List.of(
                    Column.text("interaction_id", true),
                    Column.ranged("csat", Kind.INTEGER, false, 1, 5, "survey answer outside 1–5"),
                    Column.ranged("nps", Kind.INTEGER, false, 0, 10, "survey answer outside 0–10"),
                    Column.timestamp("responded_at"))),
    /** QA evaluations: {@code evaluator}, {@code form}, {@code score} (0–100), {@code evaluated_at}; several each. */
    QA(
            "qa",
            LakeDataset.QA_EVALUATIONS,
            List.of(
                    Column.text("interaction_id", true),
                    Column.text("evaluator", true),
                    Column.text("form", true),
                    Column.ranged("score", Kind.SCORE, true, 0, 100, "score outside 0–100"),
                    Column.timestamp("evaluated_at")));

    /** How a column's text is typed. */
    enum Kind {
        TEXT("text"),
        INTEGER("whole number"),
        SCORE("number"),
        TIMESTAMP("valid timestamp (e.g. 2026-03-01 14:05:00+01:00)");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /**
     * One column of a feed file.
     *
     * @param outOfRange the reason given for a value outside [min, max]
     */
    record Column(
            String name,
            Kind kind,
            boolean required,
            double min,
            double max,
            @Nullable String outOfRange) {
        static Column text(String name, boolean required) {
            return new Column(name, Kind.TEXT, required, 0, 0, null);
        }

        static Column ranged(String name, Kind kind, boolean required, double min, double max, String outOfRange) {
            return new Column(name, kind, required, min, max, outOfRange);
        }

        static Column timestamp(String name) {
            return new Column(name, Kind.TIMESTAMP, true, 0, 0, null);
        }
    }

    private final String key;
    private final LakeDataset dataset;
    private final List<Column> columns;

    Feed(String key, LakeDataset dataset, List<Column> columns) {
        this.key = key;
        this.dataset = dataset;
        this.columns = columns;
    }

    /** {@code surveys} or {@code qa}: the name in the CLI, the API and the import records. */
    public String key() {
        return key;
    }

    public LakeDataset dataset() {
        return dataset;
    }

    List<Column> columns() {
        return columns;
    }

    /** The file columns that, with the source, identify a row: a re-import of the same key replaces it. */
    List<String> fileKey() {
        return dataset.keyColumns().stream().filter(c -> !c.equals("source")).toList();
    }

    /** The column whose UTC month partitions the dataset. */
    String timeColumn() {
        return this == SURVEYS ? "responded_at" : "evaluated_at";
    }
}
