package com.steward.app.cli;

import com.steward.app.demo.DemoCompany;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How old the demo in a data directory is. The demo is dated relative to the day it was generated (its simulated
 * year ends with the month before), so a demo generated long ago shows a past that no longer reads as today: past
 * meetings still "upcoming", contracts expired. The day comes from the {@value DemoCompany#GENERATED_MARKER} file
 * the demo writes; a data directory from before that file existed is dated by its lake's newest month.
 *
 * @param generated the day the demo was generated, or (for an older directory) the day after its newest month
 */
record DemoFreshness(LocalDate generated) {

    /** A demo generated this long ago is stale. */
    static final int STALE_AFTER_MONTHS = 1;

    /** The demo's age, or empty when the data directory holds no demo. */
    static Optional<DemoFreshness> of(DataDirectory data) {
        Path marker = data.path().resolve(DemoCompany.GENERATED_MARKER);
        if (Files.isRegularFile(marker)) {
            try {
                return Optional.of(new DemoFreshness(
                        LocalDate.parse(Files.readString(marker).strip())));
            } catch (IOException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return newestLakeMonth(data.lake())
                .map(m -> new DemoFreshness(m.plusMonths(1).atDay(1)));
    }

    /** More than {@value #STALE_AFTER_MONTHS} month before {@code today}. */
    boolean staleOn(LocalDate today) {
        return generated.plusMonths(STALE_AFTER_MONTHS).isBefore(today);
    }

    /** What to tell the person starting {@code serve --demo} on a stale demo. */
    String warning(DataDirectory data) {
        return "The demo in " + data.path() + " was generated on " + generated + ": its data ends in "
                + YearMonth.from(generated).minusMonths(1) + ", more than a month ago, so its meetings, contracts"
                + " and scorecards no longer read as today.\n"
                + "  Start with --refresh-demo to generate it anew as of today (the old database and lake are"
                + " moved aside to " + backupOf(data).getFileName() + ", not deleted).";
    }

    /** Moves the demo's database, lake and marker into a dated folder of the data directory; returns it. */
    Path moveAside(DataDirectory data) throws IOException {
        Path backup = Files.createDirectories(backupOf(data));
        for (Path p : new Path[] {data.database(), data.lake(), data.path().resolve(DemoCompany.GENERATED_MARKER)}) {
            if (Files.exists(p)) {
                Files.move(p, backup.resolve(p.getFileName()));
            }
        }
        return backup;
    }

    private Path backupOf(DataDirectory data) {
        return data.path().resolve("demo-" + generated);
    }

    private static Optional<YearMonth> newestLakeMonth(Path lake) {
        Path interactions = lake.resolve("interactions");
        if (!Files.isDirectory(interactions)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(
                interactions,
                2,
                (p, a) -> a.isDirectory() && p.getFileName().toString().startsWith("month="))) {
            return files.map(p -> p.getFileName().toString().substring("month=".length()))
                    .filter(m -> m.matches("\\d{4}-\\d{2}"))
                    .map(YearMonth::parse)
                    .max(YearMonth::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
