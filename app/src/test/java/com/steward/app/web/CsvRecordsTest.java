package com.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaksAndKeepsTheLineEachRecordStartsOn() {
        List<CsvRecords.Record> records = CsvRecords.parse(
                "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\nlast\n", CsvRecords.StrayQuotes.REFUSE);
        assertThat(records)
                .extracting(CsvRecords.Record::cells)
                .containsExactly(List.of("a", "b, c", "say \"hi\""), List.of("two\nlines", "", "x"), List.of("last"));
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 4);
    }

    @Test
    void anEmptyLineIsABlankRecordAndAQuotedEmptyFieldIsNot() {
        List<CsvRecords.Record> records = CsvRecords.parse("a\n\n\"\"\n", CsvRecords.StrayQuotes.REFUSE);
        assertThat(records).extracting(CsvRecords.Record::blank).containsExactly(false, true, true);
        assertThat(CsvRecords.parse("\"\"", CsvRecords.StrayQuotes.REFUSE))
                .singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly(""));
    }

    @Test
    void aStrayOrUnclosedQuoteIsReportedWithItsLine() {
        assertThatThrownBy(() -> CsvRecords.parse("a,b\nc,d\"e\n", CsvRecords.StrayQuotes.REFUSE))
                .isInstanceOfSatisfying(CsvRecords.MalformedCsvException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.expected()).isEqualTo("a quote only at the start of a field");
                    assertThat(e.found()).isEqualTo("d\"");
                });
        assertThatThrownBy(() -> CsvRecords.parse("a\n\"open,\nstill open", CsvRecords.StrayQuotes.KEEP))
                .isInstanceOfSatisfying(CsvRecords.MalformedCsvException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.expected()).isEqualTo("a closing quote");
                });
    }

    @Test
    void aStrayQuoteIsKeptAsTextWhenTheImportSaysSo() {
        assertThat(CsvRecords.parse("x,=HYPERLINK(\"http://evil\")\n", CsvRecords.StrayQuotes.KEEP))
                .singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly("x", "=HYPERLINK(\"http://evil\")"));
    }
}
