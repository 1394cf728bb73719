package com.steward.app.cli;

import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.RejectedRow;
import com.steward.app.ingest.ColumnMappings;
import com.steward.app.ingest.ConsoleProgress;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.ImportOutcome;
import com.steward.app.ingest.ImportStatus;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.Policies;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.web.InvalidRequestException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code steward import interactions|customer-events|surveys|qa FILE...}: imports files into the lake with a progress bar
 * on stderr and a summary on stdout; each import is recorded like a web upload (who = {@code cli}). Exit code 0
 * when every file was stored, 1 when a file was rejected or failed, 2 for usage errors.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import interaction records or customer events (CSV, gzip CSV, Parquet) into the lake.",
        subcommands = {
            ImportCommand.Interactions.class,
            ImportCommand.CustomerEvents.class,
            ImportCommand.Surveys.class,
            ImportCommand.Qa.class
        })
class ImportCommand implements Callable<Integer> {

    static final int SHOWN_REJECTS = 10;

    @ParentCommand
    StewardCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    abstract static class FileImport implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                arity = "1..*",
                paramLabel = "FILE",
                description = "CSV (any delimiter, optionally gzip) or Parquet files.")
        List<Path> files;

        @Option(
                names = "--mapping",
                paramLabel = "NAME",
                description = "A saved column mapping (default: canonical columns).")
        String mapping;

        @Option(
                names = "--policy",
                paramLabel = "POLICY",
                defaultValue = "reject-file",
                description =
                        "reject-file (store nothing if any row is invalid) or accept-good. Default: ${DEFAULT-VALUE}.")
        String policy;

        @Option(
                names = "--source",
                paramLabel = "S",
                description = "Source system keying the records (default: the mapping's name).")
        String source;

        abstract Dataset dataset();

        /** For a feed: what to do with a row whose interaction is not in the lake ({@code null} otherwise). */
        com.steward.analytics.feeds.UnknownInteractions unknownInteractions() {
            return null;
        }

        @Override
        public Integer call() {
            ImportPolicy parsedPolicy;
            try {
                parsedPolicy = Policies.parse(policy);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "Invalid value for option '--policy': " + e.getMessage());
            }
            var unknownPolicy = unknownInteractions();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + file);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ConfigurableApplicationContext context = CliContext.start(parent.root.dataDirectory())) {
                Imports imports = context.getBean(Imports.class);
                try {
                    context.getBean(ColumnMappings.class).resolve(mapping);
                } catch (InvalidRequestException e) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "Invalid value for option '--mapping': " + e.getMessage());
                }
                boolean allStored = true;
                for (Path file : files) {
                    ConsoleProgress progress =
                            new ConsoleProgress(err, file.getFileName().toString());
                    ImportOutcome outcome;
                    try {
                        outcome = imports.importNow(
                                new StartImportCommand(
                                        dataset(), file, mapping, parsedPolicy, source, "cli", unknownPolicy),
                                progress::importProgress);
                    } finally {
                        progress.finish();
                    }
                    allStored &= outcome.record().status() == ImportStatus.COMMITTED;
                    summary(out, file, outcome, imports);
                }
                return allStored ? 0 : 1;
            }
        }

        private static void summary(PrintWriter out, Path file, ImportOutcome outcome, Imports imports) {
            DataImport r = outcome.record();
            out.printf(
                    Locale.ROOT,
                    "%s: %s · %,d rows read · %,d accepted · %,d rejected · import #%d%s%n",
                    file,
                    r.status() == ImportStatus.COMMITTED
                            ? "stored"
                            : r.status().name().toLowerCase(Locale.ROOT),
                    r.rowsRead(),
                    r.rowsAccepted(),
                    r.rowsRejected(),
                    r.id(),
                    r.sha256() == null ? "" : " · sha256 " + r.sha256().substring(0, 12));
            if (r.message() != null) {
                out.println("  " + r.message());
            }
            List<RejectedRow> rejects = outcome.rejects();
            for (RejectedRow row : rejects.subList(0, Math.min(SHOWN_REJECTS, rejects.size()))) {
                out.printf(
                        Locale.ROOT,
                        "  %s:%d:%s: %s%s%n",
                        file,
                        row.line(),
                        row.column(),
                        row.reason(),
                        row.value() == null ? "" : " (value '" + row.value() + "')");
            }
            if (r.rowsRejected() > SHOWN_REJECTS) {
                out.printf(Locale.ROOT, "  … and %,d more rejected rows%n", r.rowsRejected() - SHOWN_REJECTS);
            }
            imports.rejectsCsv(r.id()).ifPresent(csv -> out.println("  rejected rows: " + csv));
            out.flush();
        }
    }

    @Command(name = "interactions", mixinStandardHelpOptions = true, description = "Import interaction records.")
    static class Interactions extends FileImport {
        @Override
        Dataset dataset() {
            return Dataset.INTERACTIONS;
        }
    }

    /** The options of a feed import: the unknown-interaction policy. */
    abstract static class FeedImport extends FileImport {
        @Option(
                names = "--unknown",
                paramLabel = "POLICY",
                defaultValue = "reject",
                description = "A row whose interaction is not in the lake under the source: reject (default) or keep"
                        + " (stored, joins when the interaction arrives); reported either way.")
        String unknown;

        @Override
        com.steward.analytics.feeds.UnknownInteractions unknownInteractions() {
            try {
                return com.steward.analytics.feeds.UnknownInteractions.parse(unknown);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "Invalid value for option '--unknown': " + e.getMessage());
            }
        }
    }

    @Command(
            name = "surveys",
            mixinStandardHelpOptions = true,
            description = "Import survey responses (interaction_id, csat and/or nps, responded_at), joined to the"
                    + " interactions of --source.")
    static class Surveys extends FeedImport {
        @Override
        Dataset dataset() {
            return Dataset.SURVEYS;
        }
    }

    @Command(
            name = "qa",
            mixinStandardHelpOptions = true,
            description = "Import QA evaluations (interaction_id, evaluator, form, score 0-100, evaluated_at), joined"
                    + " to the interactions of --source.")
    static class Qa extends FeedImport {
        @Override
        Dataset dataset() {
            return Dataset.QA;
        }
    }

    @Command(
            name = "customer-events",
            mixinStandardHelpOptions = true,
            description = "Import customer events (became_customer, churned).")
    static class CustomerEvents extends FileImport {
        @Override
        Dataset dataset() {
            return Dataset.CUSTOMER_EVENTS;
        }
    }
}
