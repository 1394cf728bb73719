package com.steward.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportErrorsTest {

    @Test
    void serverPathsAndEchoedStatementsAreRemovedFileNamesAndReasonsStay() {
        String duckDb = "calls.csv: cannot read the file: Error when sniffing file"
                + " \"/srv/steward-data/uploads/0b7c5a52-2c1e-4a57-9d0e-5a1d0a8f1c11/calls.csv\": not possible"
                + " to detect the dialect\nLINE 1: SELECT * FROM read_csv('/srv/steward-data/uploads/x/calls.csv')\n"
                + "                      ^";
        String shown = ImportErrors.forUser(duckDb);
        assertThat(shown)
                .isEqualTo("calls.csv: cannot read the file: Error when sniffing file \"calls.csv\": not possible to"
                        + " detect the dialect");
        assertThat(ImportErrors.forUser("C:\\steward\\data\\uploads\\u\\calls.csv is empty"))
                .isEqualTo("calls.csv is empty");
        assertThat(ImportErrors.forUser("calls.csv, line 3: a field is longer than 64 KiB; nothing was stored"))
                .isEqualTo("calls.csv, line 3: a field is longer than 64 KiB; nothing was stored");
        String reference = ImportErrors.reference();
        assertThat(reference).hasSize(8);
        assertThat(ImportErrors.unexpected(Path.of("/srv/data/uploads/u/calls.csv"), reference))
                .contains("calls.csv")
                .contains(reference)
                .doesNotContain("/srv");
    }
}
