package com.steward.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.cli.StewardCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code steward vendor …} and {@code steward mapping …} in-process against a fresh data directory: a script can
 * register a vendor, save (and be refused) a mapping, try it on a file storing nothing, import with it and delete it.
 */
class MappingCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withDataDir = new String[args.length + 2];
        withDataDir[0] = "--data-dir";
        withDataDir[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, withDataDir, 2, args.length);
        int code = new CommandLine(new StewardCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(withDataDir);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aScriptRegistersAVendorSavesTestsUsesAndDeletesAMapping() throws IOException {
        Path log = write("acd.csv", """
                Line,Id,Partner,Start,Answer,End,Kind
                L1,1,acme,2026-03-01 10:00:00,2026-03-01 10:00:15,2026-03-01 10:05:00,CALL
                L1,2,acme,2026-03-01 11:00:00,,2026-03-01 11:00:40,CALL
                L2,1,acme,2026-03-01 12:00:00,,2026-03-01 12:00:01,IVR
                """);
        Path mapping = write("acd.mapping", """
                # partner ACD: ids are unique per line
                expr.interaction_id="Line" || '-' || "Id"
                column.handled_by=Partner
                constant.channel=voice
                column.arrived_at=Start
                column.answered_at=Answer
                column.ended_at=End
                filter="Kind" = 'CALL'
                """);
        Path typo = write("typo.mapping", "column.interaction_idd=Id\n");

        Run unknownVendor = run("mapping", "test", "canonical", log.toString());
        assertThat(unknownVendor.exitCode()).isEqualTo(1);

        Run added = run("vendor", "add", "acme", "Acme Calls");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(run("vendor", "list").out()).contains("inhouse").contains("acme\tAcme Calls\tcontracted");
        assertThat(run("vendor", "add", "acme", "Again").exitCode()).isEqualTo(1);

        Run refused = run("mapping", "save", "typo", typo.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .contains("line 1: 'interaction_idd' is not a canonical column (did you mean 'interaction_id'?)")
                .contains("required columns arrived_at, channel, ended_at, handled_by, interaction_id have no source");

        assertThat(run("mapping", "save", "partner", mapping.toString()).exitCode())
                .isZero();
        assertThat(run("mapping", "list").out())
                .contains("partner\t")
                .contains("preset:amazon-connect\tshipped preset");
        assertThat(run("mapping", "show", "preset:five9").out()).contains("column.interaction_id=CALL ID");
        assertThat(run("mapping", "show", "partner").out()).isEqualTo(Files.readString(mapping));

        Run tested = run("mapping", "test", "partner", log.toString());
        assertThat(tested.exitCode()).as(tested.out() + tested.err()).isZero();
        assertThat(tested.out())
                .contains("file columns: Line, Id, Partner, Start, Answer, End, Kind")
                .contains("L1-1\tacme\t")
                .contains("L1-2\tacme\t")
                .doesNotContain("L2-1")
                .contains("whole file: 3 rows read · 2 accepted · 0 rejected · 1 filtered (nothing stored)");
        Run kpisBefore = run("import", "interactions", log.toString(), "--mapping", "partner");
        assertThat(kpisBefore.exitCode()).as(kpisBefore.out()).isZero();
        assertThat(kpisBefore.out())
                .contains("3 rows read · 2 accepted · 0 rejected")
                .contains("1 row(s) dropped by the mapping's filter");

        assertThat(run("mapping", "delete", "partner").exitCode()).isZero();
        assertThat(run("mapping", "delete", "partner").exitCode()).isEqualTo(1);
        assertThat(run("mapping", "list").out()).doesNotContain("partner");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
