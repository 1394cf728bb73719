package com.steward.app.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Small canonical interaction files for import tests, seeded so every run sees the same rows. */
public final class IngestFixtures {

    public static final String HEADER = "interaction_id,handled_by,site,channel,queue,region,customer_id,is_customer,"
            + "arrived_at,answered_at,ended_at,handle_seconds,transferred,resolved,complaint,agent_id,csat,nps,qa_score";

    private static final List<String> CHANNELS = List.of("voice", "chat", "email", "messaging");
    private static final List<String> QUEUES = List.of("billing", "technical", "sales");
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private IngestFixtures() {}

    /** {@code rows} valid contacts in January–March 2026, spread over {@code handlers}. */
    public static String interactionsCsv(String idPrefix, List<String> handlers, int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            Instant arrived = START.plusSeconds(random.nextInt(80 * 86400));
            boolean answered = random.nextDouble() < 0.9;
            int wait = random.nextInt(90);
            int handle = answered ? 60 + random.nextInt(600) : 0;
            Instant answeredAt = answered ? arrived.plusSeconds(wait) : null;
            Instant ended = answered ? answeredAt.plusSeconds(handle) : arrived.plusSeconds(wait);
            boolean identified = random.nextDouble() < 0.8;
            String customer = identified ? "c" + random.nextInt(Math.max(5, rows / 4)) : "";
            csv.append(String.join(
                            ",",
                            idPrefix + i,
                            handlers.get(i % handlers.size()),
                            "site" + (i % 2),
                            CHANNELS.get(random.nextInt(CHANNELS.size())),
                            QUEUES.get(random.nextInt(QUEUES.size())),
                            random.nextBoolean() ? "CA" : "NY",
                            customer,
                            Boolean.toString(random.nextDouble() < 0.85),
                            arrived.toString(),
                            answeredAt == null ? "" : answeredAt.toString(),
                            ended.toString(),
                            Integer.toString(handle),
                            Boolean.toString(answered && random.nextDouble() < 0.1),
                            Boolean.toString(answered && random.nextDouble() < 0.7),
                            Boolean.toString(random.nextDouble() < 0.03),
                            answered ? "a" + random.nextInt(20) : "",
                            answered && random.nextDouble() < 0.4 ? Integer.toString(1 + random.nextInt(5)) : "",
                            answered && random.nextDouble() < 0.3 ? Integer.toString(random.nextInt(11)) : "",
                            answered && random.nextDouble() < 0.1
                                    ? String.format(Locale.ROOT, "%.1f", 50 + random.nextDouble() * 50)
                                    : ""))
                    .append('\n');
        }
        return csv.toString();
    }

    /** A file whose third data row (line 4) has csat 9. */
    public static String csvWithBadCsat(String idPrefix, String handler) {
        String[] lines = interactionsCsv(idPrefix, List.of(handler), 5, 7).split("\n");
        String[] cells = lines[3].split(",", -1);
        cells[16] = "9";
        lines[3] = String.join(",", cells);
        return String.join("\n", lines) + "\n";
    }

    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
