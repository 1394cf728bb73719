package com.steward.analytics.lake;

import java.util.Arrays;
import java.util.List;

/**
 * The datasets of the lake, with their partition and key columns and their canonical Parquet schema. A dataset added
 * later (the feeds) simply has no files in an older lake: readers see an empty relation of its schema.
 */
public enum LakeDataset {
    INTERACTIONS("interactions", List.of("handled_by", "month"), List.of("source", "interaction_id"), """
            interaction_id VARCHAR, handled_by VARCHAR, site VARCHAR, channel VARCHAR, queue VARCHAR,
            region VARCHAR, customer_id VARCHAR, is_customer BOOLEAN, arrived_at TIMESTAMPTZ,
            answered_at TIMESTAMPTZ, ended_at TIMESTAMPTZ, handle_seconds DOUBLE, transferred BOOLEAN,
            resolved BOOLEAN, complaint BOOLEAN, agent_id VARCHAR, csat INTEGER, nps INTEGER,
            qa_score DOUBLE, source VARCHAR, import_id VARCHAR, ingested_at TIMESTAMPTZ, month VARCHAR"""),
    CUSTOMER_EVENTS("customer_events", List.of("month"), List.of("customer_id", "event", "at"), """
            customer_id VARCHAR, event VARCHAR, "at" TIMESTAMPTZ, value DOUBLE, source VARCHAR,
            import_id VARCHAR, ingested_at TIMESTAMPTZ, month VARCHAR"""),
    /**
     * Survey responses from the survey tool, one per interaction, joined by ({@code source}, {@code
     * interaction_id}); {@code month} is the UTC month of {@code responded_at}.
     */
    SURVEY_RESPONSES("survey_responses", List.of("month"), List.of("source", "interaction_id"), """
            source VARCHAR, interaction_id VARCHAR, csat INTEGER, nps INTEGER, responded_at TIMESTAMPTZ,
            import_id VARCHAR, ingested_at TIMESTAMPTZ, month VARCHAR"""),
    /**
     * QA evaluations from the QA tool, several per interaction (one per evaluator, form and time), joined by
     * ({@code source}, {@code interaction_id}); {@code month} is the UTC month of {@code evaluated_at}.
     */
    QA_EVALUATIONS(
            "qa_evaluations",
            List.of("month"),
            List.of("source", "interaction_id", "evaluator", "form", "evaluated_at"),
            """
            source VARCHAR, interaction_id VARCHAR, evaluator VARCHAR, form VARCHAR, score DOUBLE,
            evaluated_at TIMESTAMPTZ, import_id VARCHAR, ingested_at TIMESTAMPTZ, month VARCHAR""");

    private final String folder;
    private final List<String> partitionColumns;
    private final List<String> keyColumns;
    private final String schema;

    LakeDataset(String folder, List<String> partitionColumns, List<String> keyColumns, String schema) {
        this.folder = folder;
        this.partitionColumns = partitionColumns;
        this.keyColumns = keyColumns;
        this.schema = schema.replace('\n', ' ');
    }

    /** Folder under the lake root, also the view name engines give the dataset. */
    public String folder() {
        return folder;
    }

    public List<String> partitionColumns() {
        return partitionColumns;
    }

    /** Columns that identify a record; a newer record with the same key replaces the older one. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /** The full column list with DuckDB types, partition columns included, e.g. for {@code CREATE TABLE}. */
    public String schema() {
        return schema;
    }

    /**
     * Whether this is a feed joined to interactions by ({@code source}, {@code interaction_id}): its month partition
     * is when the answer or evaluation came, not when the contact was, so a KPI query reads all of its files instead
     * of pruning them to the query's months.
     */
    public boolean joinedByInteraction() {
        return this == SURVEY_RESPONSES || this == QA_EVALUATIONS;
    }

    /**
     * The dataset a lake-relative file or folder (e.g. {@code interactions/handled_by=acme/month=2026-01}) belongs
     * to, or {@code null} when it lies outside every dataset's folder.
     */
    public static LakeDataset ofFolder(String relative) {
        for (LakeDataset dataset : values()) {
            if (relative.equals(dataset.folder) || relative.startsWith(dataset.folder + "/")) {
                return dataset;
            }
        }
        return null;
    }

    /** Column names in schema order. */
    public List<String> columns() {
        return Arrays.stream(schema.split(","))
                .map(c -> c.trim().split("\\s+")[0].replace("\"", ""))
                .toList();
    }
}
