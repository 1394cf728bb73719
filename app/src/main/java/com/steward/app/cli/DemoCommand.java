package com.steward.app.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code steward demo}: loads the demo company (vendors, one user per role) and generates its interaction lake
 * with the seeded simulator, replacing an earlier demo lake (same keys), with a progress bar on stderr.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Generate the demo company: vendors and users in the database, simulated contacts in the lake.")
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    StewardCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--months",
            defaultValue = "12",
            paramLabel = "N",
            description = "Months to simulate (default ${DEFAULT-VALUE}).")
    int months;

    @Option(
            names = "--contacts-per-month",
            defaultValue = "250000",
            paramLabel = "N",
            description = "Contacts per month, about (default ${DEFAULT-VALUE}).")
    long contactsPerMonth;

    @Option(
            names = "--seed",
            defaultValue = "42",
            paramLabel = "S",
            description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (months < 1 || months > 120) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--months must be 1..120, was " + months);
        }
        if (contactsPerMonth < 1 || contactsPerMonth > 50_000_000L) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--contacts-per-month must be 1..50000000, was " + contactsPerMonth);
        }
        try (ConfigurableApplicationContext context = CliContext.start(
                root.dataDirectory(),
                "--steward.demo.enabled=true",
                "--steward.demo.lake.always=true",
                "--steward.demo.lake.months=" + months,
                "--steward.demo.lake.contacts-per-month=" + contactsPerMonth,
                "--steward.demo.lake.seed=" + seed)) {
            spec.commandLine()
                    .getOut()
                    .println("Demo data directory: " + root.dataDirectory().path());
        }
        return 0;
    }
}
