package com.steward.app.cli;

import com.steward.core.calibration.IccEstimate;
import com.steward.core.calibration.IccReport;
import com.steward.core.calibration.IntraclassCorrelation;
import com.steward.core.calibration.Rating;
import com.steward.core.calibration.RatingTable;
import com.steward.core.calibration.RatingsCsv;
import com.steward.core.calibration.RatingsFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward calibration}: QA calibration statistics from a ratings file, without starting the application. */
@Command(
        name = "calibration",
        description = "QA calibration statistics: inter-rater reliability of graders.",
        mixinStandardHelpOptions = true,
        subcommands = {CalibrationCommand.IccCommand.class})
class CalibrationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The six ICCs of one CSV file, as the REST API's snake_case JSON or a table. */
    @Command(
            name = "icc",
            mixinStandardHelpOptions = true,
            description = {
                "Every intraclass correlation (Shrout & Fleiss 1979) with its 95 % interval.",
                "FILE is CSV with a header target,rater,score; an empty score is missing, and targets"
                        + " missing any rater's score are dropped (and counted)."
            })
    static class IccCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "CSV: target,rater,score")
        Path file;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        /** One ICC; {@code low} is null when the interval has no lower limit. */
        record IccRow(String form, String description, double value, Double low, double high) {}

        /** The command's JSON. */
        record IccOutput(
                String file, int targetsUsed, int targetsDropped, int raters, double confidence, List<IccRow> icc) {}

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            IccReport report;
            try {
                report = IntraclassCorrelation.of(RatingTable.of(read()));
            } catch (RatingsFormatException e) {
                err.println(file + ":" + e.line() + ":" + e.column() + ": expected " + e.expected()
                        + (e.found() == null ? "" : ", found '" + e.found() + "'"));
                return 1;
            } catch (IllegalArgumentException e) {
                err.println(file + ": " + e.getMessage());
                return 1;
            } catch (IOException | UncheckedIOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                return 1;
            }
            print(spec.commandLine().getOut(), report);
            return 0;
        }

        private List<Rating> read() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file");
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return RatingsCsv.parse(reader, RatingsCsv.DEFAULT_MAX_RATINGS);
            }
        }

        private void print(PrintWriter out, IccReport report) {
            List<IccRow> rows = report.estimates().stream().map(IccCommand::row).toList();
            if (json) {
                out.println(StaffingCommand.JSON.writeValueAsString(new IccOutput(
                        file.toString(),
                        report.targetsUsed(),
                        report.targetsDropped(),
                        report.raters(),
                        report.confidence(),
                        rows)));
                return;
            }
            out.printf(
                    Locale.ROOT,
                    "%d targets used, %d dropped for missing scores, %d raters, %.0f %% intervals%n%n",
                    report.targetsUsed(),
                    report.targetsDropped(),
                    report.raters(),
                    report.confidence() * 100);
            out.printf(Locale.ROOT, "%-9s %8s %8s %8s  %s%n", "form", "value", "low", "high", "model");
            for (IccRow r : rows) {
                out.printf(
                        Locale.ROOT,
                        "%-9s %8.3f %8s %8.3f  %s%n",
                        r.form(),
                        r.value(),
                        r.low() == null ? "-inf" : String.format(Locale.ROOT, "%.3f", r.low()),
                        r.high(),
                        r.description());
            }
        }

        private static IccRow row(IccEstimate e) {
            return new IccRow(
                    e.form().label(),
                    e.form().description(),
                    e.value(),
                    Double.isInfinite(e.low()) ? null : e.low(),
                    e.high());
        }
    }
}
