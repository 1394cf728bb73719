package com.steward.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.cli.StewardCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code steward import} of the crafted inputs: exit 1 with the file, the line and the limit; nothing stored. */
class BoundedImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aCraftedFileAndAGzipBombExitOneWithTheReason() throws Exception {
        Path crafted = BoundedImportIntegrationTest.craftedQuotedField(dir.resolve("crafted.csv"), 3);
        Path bomb = BoundedImportIntegrationTest.gzipBomb(dir.resolve("bomb.csv.gz"), 100);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new StewardCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "import",
                        "interactions",
                        crafted.toString(),
                        bomb.toString());
        assertThat(code).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString())
                .contains("crafted.csv: failed")
                .contains("crafted.csv, line 3: a field is longer than 64 KiB")
                .contains("bomb.csv.gz: failed")
                .contains("expands more than 50×")
                .contains("0 accepted");
    }
}
