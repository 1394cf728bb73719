package com.steward.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root {@code steward} command; without a sub-command it serves the web application. */
@Command(
        name = "steward",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Steward: decide, select, contract, transition, govern and renew an outsourced contact center.",
        subcommands = {
            ServeCommand.class,
            VersionCommand.class,
            StaffingCommand.class,
            ImportCommand.class,
            KpiCommand.class,
            LakeCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            UserCommand.class,
            TokenCommand.class,
            MappingCommand.class,
            VendorCommand.class,
            CalibrationCommand.class,
            CommandLine.HelpCommand.class
        })
public class StewardCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Data directory (embedded database and lake). Default: $STEWARD_DATA or ./steward-data.")
    String dataDir;

    public DataDirectory dataDirectory() {
        return DataDirectory.resolve(dataDir, System.getenv());
    }

    @Override
    public Integer call() {
        return ServeCommand.serve(this, ServeCommand.DEFAULT_PORT, false);
    }

    /** Runs the command line and returns the process exit code (2 for usage errors). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers (and tests) that redirect its output. */
    public static CommandLine commandLine() {
        return new CommandLine(new StewardCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
