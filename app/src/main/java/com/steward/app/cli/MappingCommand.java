package com.steward.app.cli;

import com.steward.analytics.ingest.ImportException;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.ingest.MappingPresets;
import com.steward.analytics.ingest.RejectedRow;
import com.steward.app.ingest.ColumnMappings;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.MappingTrial;
import com.steward.app.ingest.SaveMappingCommand;
import com.steward.app.ingest.SavedMapping;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 * {@code steward mapping save|list|show|test|delete}: the saved column mappings for scripts (docs/data.md). Exit 0 on
 * success, 1 when a mapping is refused or a test finds rejected rows, 2 for usage errors.
 */
@Command(
        name = "mapping",
        mixinStandardHelpOptions = true,
        description = "Save, list, show, test and delete column mappings of foreign exports.",
        subcommands = {
            MappingCommand.Save.class,
            MappingCommand.ListMappings.class,
            MappingCommand.Show.class,
            MappingCommand.Test.class,
            MappingCommand.Delete.class
        })
class MappingCommand implements Callable<Integer> {

    @ParentCommand
    StewardCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        MappingCommand parent;

        @Spec
        CommandSpec spec;

        ConfigurableApplicationContext start() {
            return CliContext.start(parent.root.dataDirectory());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true, description = "Validate FILE and save it as mapping NAME.")
    static class Save extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, . _ -")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "The mapping's text (see docs/data.md).")
        Path file;

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read " + file + ": " + e);
            }
            try (ConfigurableApplicationContext context = start()) {
                SavedMapping saved = context.getBean(ColumnMappings.class).save(new SaveMappingCommand(name, text));
                out().printf(Locale.ROOT, "saved mapping %s (id %d)%n", saved.name(), saved.id());
                return 0;
            } catch (InvalidRequestException e) {
                err().println(file + ": " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved mappings.")
    static class ListMappings extends Sub {
        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = start()) {
                List<SavedMapping> all = context.getBean(ColumnMappings.class).all();
                for (SavedMapping mapping : all) {
                    out().printf(
                                    Locale.ROOT,
                                    "%s\tupdated %s by %s%n",
                                    mapping.name(),
                                    mapping.updatedAt(),
                                    mapping.updatedBy());
                }
                for (String preset : MappingPresets.NAMES) {
                    out().println(MappingPresets.PREFIX + preset + "\tshipped preset");
                }
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a mapping's text as saved.")
    static class Show extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (MappingPresets.isPreset(name)) {
                String text = MappingPresets.text(name)
                        .orElseThrow(() -> new CommandLine.ParameterException(
                                spec.commandLine(), "No preset '" + name + "'; presets: " + MappingPresets.NAMES));
                out().print(text);
                out().flush();
                return 0;
            }
            try (ConfigurableApplicationContext context = start()) {
                SavedMapping mapping = context.getBean(ColumnMappings.class)
                        .find(name)
                        .orElseThrow(() ->
                                new CommandLine.ParameterException(spec.commandLine(), "No mapping '" + name + "'"));
                out().print(mapping.properties().endsWith("\n") ? mapping.properties() : mapping.properties() + "\n");
                return 0;
            }
        }
    }

    @Command(
            name = "test",
            mixinStandardHelpOptions = true,
            description = "Map FILE with mapping NAME and print the first rows and the whole file's result; stores"
                    + " nothing.")
    static class Test extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", description = "A saved mapping, or 'canonical'.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Option(names = "--rows", defaultValue = "20", description = "Rows to show. Default: ${DEFAULT-VALUE}.")
        int rows;

        @Option(
                names = "--dataset",
                defaultValue = "interactions",
                description = "interactions or customer-events. Default: ${DEFAULT-VALUE}.")
        String dataset;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + file);
            }
            try (ConfigurableApplicationContext context = start()) {
                var mapping = context.getBean(ColumnMappings.class).resolve(name);
                MappingTrial trial = context.getBean(Imports.class)
                        .trial(Dataset.fromKey(dataset), file, mapping, Math.max(1, Math.min(rows, 1000)));
                print(out(), trial);
                return trial.wholeFile().rejected() == 0 ? 0 : 1;
            } catch (InvalidRequestException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            } catch (ImportException e) {
                err().println(e.getMessage());
                return 1;
            }
        }

        static void print(PrintWriter out, MappingTrial trial) {
            Importer.Preview head = trial.head();
            out.println("file columns: " + String.join(", ", head.header()));
            out.println(String.join("\t", head.columns()));
            for (List<String> row : head.rows()) {
                out.println(String.join(
                        "\t", row.stream().map(v -> v == null ? "·" : v).toList()));
            }
            ImportReport whole = trial.wholeFile();
            out.printf(
                    Locale.ROOT,
                    "whole file: %,d rows read · %,d accepted · %,d rejected · %,d filtered (nothing stored)%n",
                    whole.rowsRead(),
                    whole.accepted(),
                    whole.rejected(),
                    whole.filtered());
            for (RejectedRow row :
                    whole.rejects().subList(0, Math.min(10, whole.rejects().size()))) {
                out.printf(
                        Locale.ROOT,
                        "  line %d: %s: %s%s%n",
                        row.line(),
                        row.column(),
                        row.reason(),
                        row.value() == null ? "" : " (value '" + row.value() + "')");
            }
            out.flush();
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved mapping.")
    static class Delete extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = start()) {
                context.getBean(ColumnMappings.class).delete(name);
                out().println("deleted mapping " + name);
                return 0;
            } catch (NotFoundException e) {
                err().println(e.getMessage());
                return 1;
            }
        }
    }
}
