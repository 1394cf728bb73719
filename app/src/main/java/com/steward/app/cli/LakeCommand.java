package com.steward.app.cli;

import com.steward.app.lake.Compaction;
import com.steward.app.lake.InteractionLake;
import com.steward.app.lake.LakeFailure;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code steward lake compact}: maintenance of the interaction lake under the data directory. */
@Command(
        name = "lake",
        mixinStandardHelpOptions = true,
        description = "Maintain the interaction lake.",
        subcommands = LakeCommand.Compact.class)
class LakeCommand implements Callable<Integer> {

    @ParentCommand
    StewardCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * Merges every partition holding several files into one, per dataset, each in one atomic commit; a running
     * server keeps serving (its readers finish on the previous generation) and KPIs do not change.
     */
    @Command(
            name = "compact",
            mixinStandardHelpOptions = true,
            description = "Merge the files of each lake partition into one (imports add files; numbers do not change).")
    static class Compact implements Callable<Integer> {
        @ParentCommand
        LakeCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path root = parent.root.dataDirectory().lake();
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isDirectory(root)) {
                spec.commandLine().getErr().println("No lake at " + root + " (nothing imported yet).");
                return 1;
            }
            try {
                InteractionLake.at(parent.root.dataDirectory().path()).compact(done -> print(out, done));
            } catch (LakeFailure e) {
                spec.commandLine().getErr().println("Compaction failed, the lake is unchanged: " + e.getMessage());
                return 1;
            }
            return 0;
        }

        private static void print(PrintWriter out, Compaction done) {
            if (!done.merged()) {
                out.printf(
                        Locale.ROOT,
                        "%s: %,d files, one or none per partition: nothing to merge%n",
                        done.dataset(),
                        done.filesBefore());
            } else {
                out.printf(
                        Locale.ROOT,
                        "%s: %,d partitions merged, %,d files -> %,d, %,d rows rewritten in %.1f s (generation %d)%n",
                        done.dataset(),
                        done.partitionsRewritten(),
                        done.filesBefore(),
                        done.filesAfter(),
                        done.rowsWritten(),
                        done.took().toNanos() / 1e9,
                        done.generation());
            }
        }
    }
}
