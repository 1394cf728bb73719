package com.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.demo.DemoCompany;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo more than a month old is stale; {@code --refresh-demo} moves its database and lake aside, not away. */
class DemoFreshnessTest {

    @TempDir
    Path dir;

    @Test
    void aDemoGeneratedMoreThanAMonthAgoIsStaleAndOneFromLastWeekIsNot() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Files.writeString(dir.resolve(DemoCompany.GENERATED_MARKER), "2026-10-30\n");
        DemoFreshness age = DemoFreshness.of(data).orElseThrow();
        assertThat(age.generated()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(age.staleOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(age.staleOn(LocalDate.of(2026, 12, 7))).isTrue();
        assertThat(age.warning(data)).contains("2026-10-30", "2026-09", "--refresh-demo");
    }

    @Test
    void anOlderDataDirectoryWithoutTheMarkerIsDatedByItsLakesNewestMonth() throws Exception {
        Files.createDirectories(dir.resolve("lake/interactions/handled_by=acme/month=2026-03"));
        Files.createDirectories(dir.resolve("lake/interactions/handled_by=acme/month=2025-04"));
        DemoFreshness age = DemoFreshness.of(new DataDirectory(dir)).orElseThrow();
        assertThat(age.generated()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(age.staleOn(LocalDate.of(2026, 12, 7))).isTrue();
        assertThat(DemoFreshness.of(new DataDirectory(dir.resolve("empty")))).isEmpty();
    }

    @Test
    void refreshingMovesTheOldDemoAsideWithoutDeletingIt() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Files.createDirectories(data.database());
        Files.writeString(data.database().resolve("steward.mv.db"), "db");
        Files.createDirectories(data.lake().resolve("interactions"));
        Files.writeString(dir.resolve(DemoCompany.GENERATED_MARKER), "2026-03-02\n");

        Path backup = DemoFreshness.of(data).orElseThrow().moveAside(data);

        assertThat(backup).isEqualTo(dir.resolve("demo-2026-03-02"));
        assertThat(backup.resolve("db/steward.mv.db")).hasContent("db");
        assertThat(backup.resolve("lake/interactions")).isDirectory();
        assertThat(data.database()).doesNotExist();
        assertThat(data.lake()).doesNotExist();
        assertThat(DemoFreshness.of(data)).isEmpty();
    }

    @Test
    void serveDemoSaysSoOnAStaleDemoAndRefreshMovesItAside() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        Files.createDirectories(data.database());
        Files.writeString(dir.resolve(DemoCompany.GENERATED_MARKER), "2026-03-02\n");
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine commandLine = StewardCommand.commandLine();
        commandLine.setErr(new java.io.PrintWriter(err, true));
        picocli.CommandLine serve = commandLine.getSubcommands().get("serve");
        ServeCommand command = serve.getCommand();

        assertThat(command.checkDemoAge(data, LocalDate.of(2026, 12, 7), false)).isTrue();
        assertThat(err.toString()).contains("generated on 2026-03-02", "--refresh-demo");
        assertThat(data.database()).isDirectory();

        assertThat(command.checkDemoAge(data, LocalDate.of(2026, 12, 7), true)).isTrue();
        assertThat(err.toString()).contains("Refreshing the demo of 2026-03-02");
        assertThat(data.database()).doesNotExist();
        assertThat(dir.resolve("demo-2026-03-02/db")).isDirectory();
    }

    @Test
    void refreshDemoWithoutDemoIsAUsageError() {
        picocli.CommandLine commandLine = StewardCommand.commandLine();
        commandLine.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertThat(commandLine.execute("--data-dir", dir.toString(), "serve", "--refresh-demo"))
                .isEqualTo(2);
    }
}
