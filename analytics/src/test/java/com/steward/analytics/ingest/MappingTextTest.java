package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and validating a mapping's text: every problem with its line, and what it reads. */
class MappingTextTest {
    private static final String REQUIRED = "column.interaction_id=CallID\nconstant.handled_by=acme\n"
            + "constant.channel=voice\ncolumn.arrived_at=Start\ncolumn.ended_at=End\n";

    @Test
    void readsEveryKindOfKeyWithExpressionsTakenAsWritten() {
        String text = "# an ACD\n\n" + REQUIRED + "delimiter=;\ntimeZone=Europe/Berlin\n"
                + "timestampFormat=%d/%m/%Y %H:%M:%S\n"
                + "datetime.answered_at=Date, Time\n"
                + "code.transferred.XFER=true\n"
                + "expr.queue=regexp_replace(\"Q\", '\\d+$', '')\n"
                + "expr.handle_seconds=CAST(\"Talk\" AS INTEGER) + \\\n    CAST(\"Wrap\" AS INTEGER)\n"
                + "filter=\"Type\" = 'IN'\n";
        ColumnMapping mapping = MappingText.validate("acd", text);
        assertThat(mapping.name()).isEqualTo("acd");
        assertThat(mapping.delimiter()).isEqualTo(';');
        assertThat(mapping.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(mapping.timestampFormat()).isEqualTo("%d/%m/%Y %H:%M:%S");
        assertThat(mapping.dateTimeColumns()).containsEntry("answered_at", List.of("Date", "Time"));
        assertThat(mapping.valueCodes()).containsEntry("transferred", Map.of("XFER", "true"));
        assertThat(mapping.expressions())
                .containsExactly(
                        Map.entry("queue", "regexp_replace(\"Q\", '\\d+$', '')"),
                        Map.entry("handle_seconds", "CAST(\"Talk\" AS INTEGER) + CAST(\"Wrap\" AS INTEGER)"));
        assertThat(mapping.filter()).isEqualTo("\"Type\" = 'IN'");
        // The normalised text reads back to the same mapping.
        assertThat(ColumnMapping.fromProperties(mapping.toProperties())).isEqualTo(mapping);
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        String text = "# typo below\n"
                + "column.interaction_idd=CallID\n" // 2
                + "colum.queue=Q\n" // 3
                + "constant.handled_by=acme\n" // 4
                + "constant.channel=voice\n" // 5
                + "column.arrived_at=Start\n" // 6
                + "column.arrived_at=Begin\n" // 7
                + "expr.ended_at=getenv('HOME')\n" // 8
                + "timeZone=Mars/Olympus\n" // 9
                + "delimiter=;;\n" // 10
                + "column.queue=Q\n" // 11
                + "expr.queue=upper(\"Q\")\n" // 12
                + "filter=\"a\" = 1; DROP TABLE x\n"; // 13
        assertThatThrownBy(() -> MappingText.validate("x", text))
                .isInstanceOfSatisfying(
                        MappingText.InvalidMapping.class,
                        e -> assertThat(e.problems())
                                .extracting(MappingText.Problem::toString)
                                .containsExactlyInAnyOrder(
                                        "line 2: 'interaction_idd' is not a canonical column (did you mean"
                                                + " 'interaction_id'?); they are " + allColumns(),
                                        "line 3: unknown key 'colum.queue'; the keys are name, delimiter, timeZone,"
                                                + " timestampFormat, column.<canonical>, datetime.<canonical>,"
                                                + " constant.<canonical>, code.<canonical>.<source value>, expr.<canonical>,"
                                                + " filter",
                                        "line 7: 'column.arrived_at' is already set on line 6",
                                        "line 8: expr.ended_at is refused: the function getenv() is not allowed in an"
                                                + " expression (allowed: scalar text, number, time, JSON and null-handling"
                                                + " functions; see docs/data.md)",
                                        "line 9: unknown time zone 'Mars/Olympus' (e.g. Europe/Berlin, UTC)",
                                        "line 10: delimiter must be one character other than a quote",
                                        "line 12: 'queue' already has a source on line 11; give one",
                                        "line 13: filter is refused: ';' is not allowed: an expression is not a statement",
                                        "required column interaction_id has no source: give each a column.<name>= (the"
                                                + " file's column, even if it has the same name), expr., datetime. or"
                                                + " constant."));
    }

    @Test
    void aMappingOfCustomerEventsNeedsTheirRequiredColumns() {
        assertThat(MappingText.validate("crm", "column.customer_id=Cust\nconstant.event=churned\ncolumn.at=When\n")
                        .constants())
                .containsEntry("event", "churned");
        assertThatThrownBy(() -> MappingText.validate("crm", "column.customer_id=Cust\nconstant.event=churned\n"))
                .hasMessageContaining("required column at has no source");
    }

    @Test
    void leniencyForMappingsSavedBeforeValidation() {
        ColumnMapping old = ColumnMapping.fromProperties("column.interaction_idd=CallID\nweird=1\nname=old\n");
        assertThat(old.name()).isEqualTo("old");
        assertThat(old.columns()).containsEntry("interaction_idd", "CallID");
    }

    private static String allColumns() {
        return String.join(
                ", ",
                new java.util.TreeSet<>(java.util.stream.Stream.concat(
                                MappingText.INTERACTION_COLUMNS.stream(), MappingText.EVENT_COLUMNS.stream())
                        .toList()));
    }
}
