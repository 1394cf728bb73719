package com.steward.app.reviews;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractMonths;
import com.steward.app.contracts.ContractRules;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ScorecardDefinition;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.monitoring.Alert;
import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.reviews.ActionRepository.ActionRow;
import com.steward.app.reviews.MeetingRepository.MeetingRow;
import com.steward.app.reviews.PromiseRepository.PromiseRow;
import com.steward.app.scorecards.MetricFigure;
import com.steward.app.scorecards.ScorecardNumbers;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.VendorScope;
import com.steward.core.governance.PromiseKeeping;
import com.steward.core.governance.PromiseOutcome;
import com.steward.core.governance.PromiseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Pre-fills a meeting's agenda from the data as of the meeting's day: performance against the contracts' expectations,
 * collaboration issues (alerts, overdue actions, late promises), open items and the previous meeting's next steps.
 */
@Component
class Agendas {

    /** Broken promises stay on the agenda's collaboration issues for this long after their due date. */
    static final int BROKEN_ON_AGENDA_DAYS = 90;

    private final MeetingRepository meetings;
    private final ActionRepository actions;
    private final PromiseRepository promises;
    private final Contracts contracts;
    private final ContractMonths months;
    private final ScorecardRuns scorecards;
    private final Monitoring monitoring;
    private final ReviewContext context;
    private final ObjectMapper json;

    Agendas(
            MeetingRepository meetings,
            ActionRepository actions,
            PromiseRepository promises,
            Contracts contracts,
            ContractMonths months,
            ScorecardRuns scorecards,
            Monitoring monitoring,
            ReviewContext context,
            ObjectMapper json) {
        this.meetings = meetings;
        this.actions = actions;
        this.promises = promises;
        this.contracts = contracts;
        this.months = months;
        this.scorecards = scorecards;
        this.monitoring = monitoring;
        this.context = context;
        this.json = json;
    }

    /** The stored agenda snapshot, null before the first fill. */
    @Nullable
    Agenda read(@Nullable String agendaJson) {
        return agendaJson == null ? null : json.readValue(agendaJson, Agenda.class);
    }

    /**
     * Fills the meeting's agenda from the data as of the meeting's day, or today for a meeting still to come; actions
     * and promises agreed on the meeting's day or later are left out (they come out of this meeting).
     */
    void fill(long meetingId) {
        MeetingRow m = meetings.meeting(meetingId, VendorScope.all()).orElseThrow();
        LocalDate meetingDay = m.scheduledAt().atZone(zone()).toLocalDate();
        LocalDate today = context.today();
        LocalDate asOf = meetingDay.isBefore(today) ? meetingDay : today;
        Agenda agenda = agenda(m.vendorId(), m.scheduledAt(), asOf);
        meetings.updateAgenda(meetingId, json.writeValueAsString(agenda), context.now());
    }

    Agenda agenda(long vendorId, Instant meetingAt, LocalDate asOf) {
        LocalDate meetingDay = meetingAt.atZone(zone()).toLocalDate();
        List<Agenda.Item> overdueActions = new ArrayList<>();
        List<Agenda.Item> openActions = new ArrayList<>();
        actionItems(vendorId, meetingDay, asOf, overdueActions, openActions);
        List<Agenda.Item> latePromises = new ArrayList<>();
        List<Agenda.Item> openPromises = new ArrayList<>();
        promiseItems(vendorId, meetingDay, asOf, latePromises, openPromises);
        Optional<MeetingRow> previous = meetings.previousHeld(vendorId, meetingAt);
        return new Agenda(
                context.now(),
                performance(vendorId, asOf),
                alerts(vendorId, asOf),
                overdueActions,
                latePromises,
                openActions,
                openPromises,
                previous.map(MeetingRow::nextSteps).orElse(null),
                previous.map(p -> p.scheduledAt().atZone(zone()).toLocalDate()).orElse(null));
    }

    private List<String> alerts(long vendorId, LocalDate asOf) {
        return monitoring.alerts(null).stream()
                .filter(a -> a.vendorId() != null && a.vendorId() == vendorId)
                .filter(a -> a.week().isBefore(asOf))
                .filter(a -> a.status() != AlertStatus.RESOLVED
                        || a.resolvedAt() == null
                        || !a.resolvedAt().atZone(zone()).toLocalDate().isBefore(asOf))
                .map(Agendas::alertText)
                .toList();
    }

    private void actionItems(
            long vendorId, LocalDate meetingDay, LocalDate asOf, List<Agenda.Item> overdue, List<Agenda.Item> open) {
        for (ActionRow a : actions.actions(vendorId, VendorScope.all())) {
            if (!a.createdAt().atZone(zone()).toLocalDate().isBefore(meetingDay)) {
                continue; // agreed in this meeting (or later): not on its agenda
            }
            boolean closedThen = a.status() == ActionStatus.DONE
                    ? a.doneOn() == null || !a.doneOn().isAfter(asOf)
                    : a.status() == ActionStatus.CANCELLED
                            && !a.updatedAt().atZone(zone()).toLocalDate().isAfter(asOf);
            if (closedThen) {
                continue;
            }
            String state = a.status().closed()
                    ? ActionStatus.IN_PROGRESS.name()
                    : a.status().name();
            Agenda.Item item = new Agenda.Item(a.id(), a.title(), a.ownerName(), a.ownerSide(), a.dueDate(), state);
            (a.dueDate().isBefore(asOf) ? overdue : open).add(item);
        }
    }

    private void promiseItems(
            long vendorId, LocalDate meetingDay, LocalDate asOf, List<Agenda.Item> late, List<Agenda.Item> open) {
        for (PromiseRow p : promises.promises(vendorId, VendorScope.all())) {
            if (!p.madeOn().isBefore(meetingDay)) {
                continue;
            }
            PromiseOutcome then = outcomeAsOf(p, asOf);
            Agenda.Item item = new Agenda.Item(p.id(), p.what(), p.promisedBy(), p.side(), p.dueDate(), then.name());
            switch (then) {
                case OVERDUE -> late.add(item);
                case BROKEN -> {
                    if (!p.dueDate().isBefore(asOf.minusDays(BROKEN_ON_AGENDA_DAYS))) {
                        late.add(item);
                    }
                }
                case OPEN -> open.add(item);
                default -> {}
            }
        }
    }

    /** The outcome a promise had on {@code asOf}, from what is recorded now. */
    private PromiseOutcome outcomeAsOf(PromiseRow p, LocalDate asOf) {
        PromiseStatus status = p.status();
        LocalDate keptOn = p.keptOn();
        if (status == PromiseStatus.KEPT && keptOn != null && keptOn.isAfter(asOf)) {
            status = PromiseStatus.OPEN;
        } else if (status == PromiseStatus.BROKEN
                && p.updatedAt().atZone(zone()).toLocalDate().isAfter(asOf)
                && !p.dueDate().isBefore(asOf)) {
            status = PromiseStatus.OPEN;
        }
        return PromiseKeeping.outcome(new PromiseKeeping.Promise(p.dueDate(), status, keptOn), asOf);
    }

    /**
     * Each of the vendor's contracts with its latest month that ended before {@code asOf} and has a figure, from the
     * one figure per contract and month ({@link ContractMonths}): the published run, else the result recorded by hand;
     * a contract with no such month is "not reported".
     */
    private List<Agenda.Performance> performance(long vendorId, LocalDate asOf) {
        List<Agenda.Performance> out = new ArrayList<>();
        for (Contract contract : contracts.visibleContracts()) {
            if (contract.vendorId() != vendorId) {
                continue;
            }
            ContractRules rules = contract.rules() == null
                    ? ContractRules.defaults()
                    : contract.rules().withDefaults();
            double threshold = rules.thresholdScore();
            Optional<ScorecardResults.Period> latest = months.of(contract.id()).periods().stream()
                    .filter(p -> YearMonth.parse(p.period()).atEndOfMonth().isBefore(asOf))
                    .reduce((a, b) -> b);
            if (latest.isEmpty()) {
                out.add(Agenda.Performance.notReported(contract.id(), contract.name(), threshold));
                continue;
            }
            ScorecardResults.Period p = latest.get();
            Double score = p.score();
            out.add(new Agenda.Performance(
                    contract.id(),
                    contract.name(),
                    p.period(),
                    p.version(),
                    score,
                    threshold,
                    score != null && score < threshold,
                    p.recordedByHand() ? recordedBelowTarget(contract.id(), p) : publishedBelowTarget(contract.id(), p),
                    p.recordedByHand() ? Agenda.RECORDED_BY_HAND : Agenda.PUBLISHED_RUN));
        }
        return out;
    }

    /** The published run's lines short of target, from the numbers it froze. */
    private List<String> publishedBelowTarget(long contractId, ScorecardResults.Period p) {
        return scorecards.runs(contractId).stream()
                .filter(r -> p.runId() != null && r.id() == p.runId())
                .findFirst()
                .map(r -> belowTarget(r.numbers().metrics()))
                .orElse(List.of());
    }

    /** The lines recorded by hand that fall short of the scorecard's targets. */
    private List<String> recordedBelowTarget(long contractId, ScorecardResults.Period p) {
        List<String> below = new ArrayList<>();
        for (ScorecardDefinition.Line line : contracts.scorecard(contractId).metrics()) {
            p.metrics().stream()
                    .filter(m -> m.metricId().equals(line.metricId()) && m.measured() != null)
                    .findFirst()
                    .ifPresent(m -> shortOfTarget(
                                    line.displayName(), m.measured(), line.target(), line.threshold(), m.breached())
                            .ifPresent(below::add));
        }
        return below;
    }

    private static List<String> belowTarget(List<ScorecardNumbers.Line> lines) {
        List<String> below = new ArrayList<>();
        for (ScorecardNumbers.Line line : lines) {
            MetricFigure vendor = line.vendor();
            if (vendor != null) {
                shortOfTarget(line.displayName(), vendor.value(), line.target(), line.threshold(), line.breached())
                        .ifPresent(below::add);
            }
        }
        return below;
    }

    /** "CSAT 0.780 (target 0.850, threshold 0.750)" when {@code value} is worse than its target, else empty. */
    private static Optional<String> shortOfTarget(
            String name, double value, double target, double threshold, boolean breached) {
        boolean higherIsBetter = target >= threshold;
        boolean isShort = higherIsBetter ? value < target : value > target;
        if (!isShort) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "%s %.3f (target %.3f, threshold %.3f)%s",
                name,
                value,
                target,
                threshold,
                breached ? " – breached" : ""));
    }

    private static String alertText(Alert a) {
        return String.format(
                Locale.ROOT,
                "%s moved %s in the week of %s (observed %.3f, in-control centre %.3f, n=%d) – %s",
                a.metricId(),
                a.direction().toLowerCase(Locale.ROOT),
                a.week(),
                a.observed(),
                a.centre(),
                a.sampleSize(),
                a.status().name().toLowerCase(Locale.ROOT));
    }

    private ZoneId zone() {
        return context.zone();
    }
}
