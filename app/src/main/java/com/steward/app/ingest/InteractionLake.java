package com.steward.app.ingest;

import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the interaction lake of this installation lives: {@code <data-dir>/lake}, rejects and uploads beside it. */
@Component
public class InteractionLake {

    private static final Pattern MONTH = Pattern.compile("month=(\\d{4}-\\d{2})");

    private final Path dataDir;

    InteractionLake(@Value("${steward.data-dir}") String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    public static InteractionLake at(Path dataDir) {
        return new InteractionLake(dataDir.toString());
    }

    public Lake lake() {
        return Lake.open(dataDir.resolve("lake"));
    }

    /** Where rejected rows of each import are written as CSV. */
    public Path rejectsDirectory() {
        return directory("rejects");
    }

    /** Where uploaded files wait for their import. */
    public Path uploadsDirectory() {
        return directory("uploads");
    }

    public boolean hasInteractions() {
        return !lake().snapshot().files(LakeDataset.INTERACTIONS).isEmpty();
    }

    /** The first and last month holding interactions (from the partition names), if any. */
    public Optional<MonthRange> interactionMonths() {
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Path file : lake().snapshot().files(LakeDataset.INTERACTIONS)) {
            Matcher m = MONTH.matcher(file.toString().replace('\\', '/'));
            if (m.find()) {
                months.add(YearMonth.parse(m.group(1)));
            }
        }
        return months.isEmpty() ? Optional.empty() : Optional.of(new MonthRange(months.first(), months.last()));
    }

    /** An inclusive range of months. */
    public record MonthRange(YearMonth first, YearMonth last) {}

    private Path directory(String name) {
        Path dir = dataDir.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
