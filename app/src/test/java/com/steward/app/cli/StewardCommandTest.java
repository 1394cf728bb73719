package com.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command: help, version, usage errors and where the data directory is. */
class StewardCommandTest {

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = StewardCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheServeAndVersionCommands() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("serve").contains("version").contains("--data-dir");
    }

    @Test
    void versionNamesStewardAndTheJavaRuntime() {
        Run version = run("version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out())
                .startsWith("Steward ")
                .contains("Java " + Runtime.version().feature());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCode2() {
        Run unknown = run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorNamingTheOption() {
        Run bad = run("serve", "--port", "70000");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--port");
        Run notANumber = run("serve", "--port", "eighty");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--port");
    }

    @Test
    void theDataDirectoryComesFromTheOptionThenTheEnvironmentThenTheDefault() {
        Map<String, String> environment = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, "/srv/steward");
        assertThat(DataDirectory.resolve("/tmp/option", environment).path()).isEqualTo(Path.of("/tmp/option"));
        assertThat(DataDirectory.resolve(null, environment).path()).isEqualTo(Path.of("/srv/steward"));
        assertThat(DataDirectory.resolve(" ", Map.of()).path())
                .isEqualTo(Path.of("steward-data").toAbsolutePath());
        assertThat(DataDirectory.resolve(null, environment).lake()).isEqualTo(Path.of("/srv/steward/lake"));
    }

    @Test
    void theDataDirectoryOptionIsAcceptedByEverySubcommand() {
        CommandLine commandLine = StewardCommand.commandLine();
        commandLine.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                assertThat(sub.getCommandSpec().findOption("--data-dir"))
                        .as("--data-dir on " + name)
                        .isNotNull();
            }
        });
    }
}
