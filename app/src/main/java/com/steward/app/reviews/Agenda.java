package com.steward.app.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's agenda as pre-filled from the data when it was generated: (1) performance against the contracts'
 * expectations: each contract's latest month before the meeting with its one figure (the published run, else the
 * result recorded by hand, else "not reported"), (2) collaboration issues (open monitoring alerts, overdue
 * actions, overdue or broken promises), (3) open actions and open promises, (4) next steps carried from the latest
 * earlier held meeting that recorded next steps. A snapshot: later data changes show only after "regenerate".
 */
public record Agenda(
        Instant generatedAt,
        List<Performance> performance,
        List<String> alerts,
        List<Item> overdueActions,
        List<Item> latePromises,
        List<Item> openActions,
        List<Item> openPromises,
        @Nullable String carriedNextSteps,
        @Nullable LocalDate carriedFrom) {

    public Agenda {
        performance = List.copyOf(performance);
        alerts = List.copyOf(alerts);
        overdueActions = List.copyOf(overdueActions);
        latePromises = List.copyOf(latePromises);
        openActions = List.copyOf(openActions);
        openPromises = List.copyOf(openPromises);
    }

    /** Where a month's figure on the agenda comes from. */
    public static final String PUBLISHED_RUN = "published run";

    /** A month whose figure was typed in (or imported) because it has no published run. */
    public static final String RECORDED_BY_HAND = "recorded by hand";

    /** A contract with no figure for any month before the meeting. */
    public static final String NOT_REPORTED = "not reported";

    /**
     * One contract's latest month before the meeting, with the month's one figure.
     *
     * @param period {@code yyyy-MM}, null when nothing is reported
     * @param version the published run's version, null otherwise
     * @param score overall score 0–100, null when nothing was measured (or the month has insufficient data)
     * @param thresholdScore the contract's threshold for the overall score
     * @param belowTarget lines worse than their target, as text, e.g. "CSAT 78.0 % (target 85.0 %)"
     * @param source {@link #PUBLISHED_RUN}, {@link #RECORDED_BY_HAND} or {@link #NOT_REPORTED}; null in agendas
     *     filled before the source was recorded (they were published runs)
     */
    public record Performance(
            long contractId,
            String contractName,
            @Nullable String period,
            @Nullable Integer version,
            @Nullable Double score,
            double thresholdScore,
            boolean belowThreshold,
            List<String> belowTarget,
            @Nullable String source) {

        public Performance {
            belowTarget = List.copyOf(belowTarget);
        }

        /** A contract with no figure for any month before the meeting. */
        public static Performance notReported(long contractId, String contractName, double thresholdScore) {
            return new Performance(
                    contractId, contractName, null, null, null, thresholdScore, false, List.of(), NOT_REPORTED);
        }
    }

    /** An action or promise as listed on the agenda. */
    public record Item(long id, String text, String owner, Side side, LocalDate due, String state) {}

    /** Number of items the agenda lists. */
    public int size() {
        return performance.size()
                + alerts.size()
                + overdueActions.size()
                + latePromises.size()
                + openActions.size()
                + openPromises.size()
                + (carriedNextSteps == null || carriedNextSteps.isBlank() ? 0 : 1);
    }

    /** The agenda as plain text (the iCalendar DESCRIPTION and the review pack). */
    public String asText() {
        StringBuilder out = new StringBuilder();
        out.append("1. Performance vs expectations\n");
        if (performance.isEmpty()) {
            out.append("   No published scorecard yet.\n");
        }
        for (Performance p : performance) {
            out.append("   ").append(p.contractName()).append(' ');
            if (p.period() == null) {
                out.append(NOT_REPORTED).append('\n');
                continue;
            }
            out.append(p.period())
                    .append(RECORDED_BY_HAND.equals(p.source()) ? " (" + RECORDED_BY_HAND + ")" : "")
                    .append(": score ")
                    .append(p.score() == null ? "not measured" : String.format(Locale.ROOT, "%.1f", p.score()))
                    .append(" vs threshold ")
                    .append(String.format(Locale.ROOT, "%.0f", p.thresholdScore()))
                    .append(p.belowThreshold() ? " (BELOW)" : "")
                    .append('\n');
            for (String line : p.belowTarget()) {
                out.append("   - below target: ").append(line).append('\n');
            }
        }
        out.append("2. Collaboration issues\n");
        if (alerts.isEmpty() && overdueActions.isEmpty() && latePromises.isEmpty()) {
            out.append("   None open.\n");
        }
        alerts.forEach(a -> out.append("   - alert: ").append(a).append('\n'));
        overdueActions.forEach(i -> item(out, "overdue action", i));
        latePromises.forEach(i -> item(out, "promise " + i.state().toLowerCase(Locale.ROOT), i));
        out.append("3. Open actions and promises\n");
        if (openActions.isEmpty() && openPromises.isEmpty()) {
            out.append("   None open.\n");
        }
        openActions.forEach(i -> item(out, "action", i));
        openPromises.forEach(i -> item(out, "promise", i));
        out.append("4. Next steps from the previous meeting\n");
        if (carriedNextSteps == null || carriedNextSteps.isBlank()) {
            out.append("   None recorded.\n");
        } else {
            for (String line : carriedNextSteps.strip().split("\\R")) {
                out.append("   ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static void item(StringBuilder out, String what, Item i) {
        out.append("   - ")
                .append(what)
                .append(": ")
                .append(i.text())
                .append(" (")
                .append(i.owner())
                .append(", ")
                .append(i.side())
                .append(", due ")
                .append(i.due())
                .append(")\n");
    }
}
