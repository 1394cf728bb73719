package com.steward.app.home;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractRules;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.home.AttentionItem.Kind;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.ImportStatus;
import com.steward.app.ingest.Imports;
import com.steward.app.lake.InteractionLake;
import com.steward.app.monitoring.Alert;
import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.relationship.PulseSurvey;
import com.steward.app.relationship.PulseSurveys;
import com.steward.app.renewal.EndingContract;
import com.steward.app.renewal.Renewals;
import com.steward.app.reviews.ActionItem;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.MeetingStatus;
import com.steward.app.reviews.Promise;
import com.steward.app.reviews.Reviews;
import com.steward.app.scorecards.RunStatus;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.vendors.Vendor;
import com.steward.core.governance.PromiseOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What needs attention today, for the signed-in user: open alerts, overdue actions and promises, meetings this week
 * (and planned meetings in the past not held), published scorecard months below the contract's threshold or
 * without a score, contracts ending within {@value #ENDING_WITHIN_DAYS} days (overdue without a renewal decision),
 * vendors whose data stopped arriving, failed imports and surveys to answer; each with the page that resolves it.
 *
 * <p>Everything is read through the features' public facades, which scope every query to what the caller may see
 * (a VENDOR user: its own vendor only). On top of that, a VENDOR user gets only its own actions, promises, surveys,
 * meetings and alerts: the client's internal items (contracts, scorecard standings, imports, data feeds) are not
 * listed for it.
 */
@Service
public class Attention {

    /** Contracts ending this soon are listed; without a renewal decision they are overdue. */
    public static final int ENDING_WITHIN_DAYS = Renewals.ENDING_WITHIN_DAYS;

    /** Published months looked back on for scorecards below threshold. */
    static final int SCORECARD_MONTHS = 3;

    private final Monitoring monitoring;
    private final Reviews reviews;
    private final Contracts contracts;
    private final ScorecardRuns runs;
    private final Renewals renewals;
    private final PulseSurveys surveys;
    private final Imports imports;
    private final InteractionLake lake;
    private final Clock clock;
    private final int dataStoppedDays;

    Attention(
            Monitoring monitoring,
            Reviews reviews,
            Contracts contracts,
            ScorecardRuns runs,
            Renewals renewals,
            PulseSurveys surveys,
            Imports imports,
            InteractionLake lake,
            Clock clock,
            @Value("${steward.attention.data-stopped-days:35}") int dataStoppedDays) {
        this.monitoring = monitoring;
        this.reviews = reviews;
        this.contracts = contracts;
        this.runs = runs;
        this.renewals = renewals;
        this.surveys = surveys;
        this.imports = imports;
        this.lake = lake;
        this.clock = clock;
        if (dataStoppedDays < 1) {
            throw new IllegalArgumentException("steward.attention.data-stopped-days must be at least 1");
        }
        this.dataStoppedDays = dataStoppedDays;
    }

    /** The items for {@code user} (who must be the signed-in user), overdue first, then by date. */
    public List<AttentionItem> today(StewardUser user) {
        LocalDate today = reviews.today();
        boolean vendor = user.role() == Role.VENDOR;
        List<AttentionItem> items = new ArrayList<>();
        List<Vendor> visible = reviews.vendors().stream()
                .filter(v -> !vendor || Long.valueOf(v.id()).equals(user.vendorId()))
                .toList();
        alerts(visible, items);
        for (Vendor v : visible) {
            actions(v, today, items);
            promises(v, items);
            meetings(v, today, items);
        }
        surveys(today, items);
        if (!vendor) {
            List<Contract> active = contracts.visibleContracts().stream()
                    .filter(c -> c.status() == ContractStatus.ACTIVE)
                    .toList();
            scorecards(active, today, items);
            endingContracts(today, items);
            dataStopped(active, today, items);
            if (user.role() != Role.VIEWER) {
                failedImports(today, items);
            }
        }
        items.sort(Comparator.comparing((AttentionItem i) -> !i.overdue())
                .thenComparing(i -> i.kind().ordinal())
                .thenComparingLong(Attention::urgency));
        return items;
    }

    /** Within a kind: what falls due soonest first; for what already happened (alerts, scorecards), the newest. */
    private static long urgency(AttentionItem item) {
        if (item.due() == null) {
            return Long.MAX_VALUE;
        }
        boolean happened = item.kind() == Kind.ALERT || item.kind() == Kind.SCORECARD;
        return happened ? -item.due().toEpochDay() : item.due().toEpochDay();
    }

    private void alerts(List<Vendor> visible, List<AttentionItem> items) {
        for (Alert a : monitoring.alerts(AlertStatus.OPEN)) {
            Vendor v = visible.stream()
                    .filter(x -> x.code().equals(a.vendorCode()))
                    .findFirst()
                    .orElse(null);
            if (v == null) {
                continue; // not this user's vendor
            }
            items.add(new AttentionItem(
                    Kind.ALERT,
                    v.name(),
                    a.metricId() + " " + (a.direction().equals("LOW") ? "fell" : "rose") + " in the week of "
                            + a.week(),
                    String.format(
                            Locale.ROOT,
                            "observed %.3f, control limits %.3f–%.3f, n = %d",
                            a.observed(),
                            a.lcl(),
                            a.ucl(),
                            a.sampleSize()),
                    a.week(),
                    false,
                    "/monitoring#alert-" + a.id()));
        }
    }

    private void actions(Vendor v, LocalDate today, List<AttentionItem> items) {
        for (ActionItem a : reviews.openActions(v.id())) {
            boolean dueThisWeek = !a.dueDate().isAfter(today.plusDays(7));
            if (a.overdue() || dueThisWeek) {
                items.add(new AttentionItem(
                        Kind.ACTION,
                        v.name(),
                        a.title(),
                        "owner " + a.ownerName() + " (" + a.ownerSide().name().toLowerCase(Locale.ROOT) + "), "
                                + a.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        a.dueDate(),
                        a.overdue(),
                        "/govern/reviews/actions/" + a.id()));
            }
        }
    }

    private void promises(Vendor v, List<AttentionItem> items) {
        for (Promise p : reviews.promises(v.id())) {
            if (p.outcome() == PromiseOutcome.OVERDUE) {
                items.add(new AttentionItem(
                        Kind.PROMISE,
                        v.name(),
                        p.what(),
                        "promised by " + p.promisedBy() + " on " + p.madeOn(),
                        p.dueDate(),
                        true,
                        "/govern/reviews/vendors/" + v.id() + "/promises"));
            }
        }
    }

    private void meetings(Vendor v, LocalDate today, List<AttentionItem> items) {
        for (Meeting m : reviews.meetingsBetween(v.id(), today.minusDays(90), today.plusDays(7))) {
            if (m.status() != MeetingStatus.PLANNED) {
                continue;
            }
            LocalDate day = m.scheduledAt().atZone(reviews.zone()).toLocalDate();
            // a meeting of an earlier day still PLANNED was neither held nor cancelled; today's may just be unrecorded
            boolean past = day.isBefore(today);
            items.add(new AttentionItem(
                    Kind.MEETING,
                    v.name(),
                    m.title(),
                    past
                            ? "planned for " + day + " and not recorded as held or cancelled"
                            : "on " + day + " at "
                                    + m.scheduledAt()
                                            .atZone(reviews.zone())
                                            .toLocalTime()
                                            .truncatedTo(ChronoUnit.MINUTES),
                    day,
                    past,
                    "/govern/reviews/meetings/" + m.id()));
        }
    }

    private void surveys(LocalDate today, List<AttentionItem> items) {
        for (PulseSurvey s : surveys.allVisibleSurveys()) {
            if (s.isOpen(today) && surveys.isRespondent(s) && !surveys.hasAnswered(s.id())) {
                items.add(new AttentionItem(
                        Kind.SURVEY,
                        s.vendorName(),
                        "Answer the " + s.quarter() + " pulse survey ("
                                + s.direction().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                        "open until " + s.closesOn(),
                        s.closesOn(),
                        false,
                        "/govern/relationship/surveys/" + s.id()));
            }
        }
    }

    private void scorecards(List<Contract> active, LocalDate today, List<AttentionItem> items) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        YearMonth first = last.minusMonths(SCORECARD_MONTHS - 1L);
        for (Contract c : active) {
            ContractRules rules = c.rules() == null ? ContractRules.defaults() : c.rules();
            double threshold =
                    rules.thresholdScore() == null ? ContractRules.defaults().thresholdScore() : rules.thresholdScore();
            for (ScorecardRun r : runs.runs(c.id())) {
                if (r.status() != RunStatus.PUBLISHED || r.isWeekly()) {
                    continue;
                }
                YearMonth month = YearMonth.parse(r.period());
                if (month.isBefore(first) || month.isAfter(last)) {
                    continue;
                }
                Double score = r.numbers().score();
                if (score == null || score < threshold) {
                    items.add(new AttentionItem(
                            Kind.SCORECARD,
                            c.vendorName(),
                            c.name() + ", " + r.period()
                                    + (score == null ? ": insufficient data" : ": below threshold"),
                            score == null
                                    ? "no score: too few contacts or outside the term"
                                    : String.format(Locale.ROOT, "score %.1f < %.1f", score, threshold),
                            month.atEndOfMonth(),
                            false,
                            "/scorecards/contracts/" + c.id()));
                }
            }
        }
    }

    /** Read from {@link Renewals#endingSoon}: the renewal page lists the same contracts. */
    private void endingContracts(LocalDate today, List<AttentionItem> items) {
        for (EndingContract e : renewals.endingSoon(today)) {
            Contract c = e.contract();
            items.add(new AttentionItem(
                    Kind.CONTRACT,
                    c.vendorName(),
                    c.name() + " ends in " + e.daysLeft() + " days",
                    e.decided() ? "renewal decision recorded" : "no renewal decision yet",
                    c.termEnd(),
                    !e.decided(),
                    "/govern/renewal/contracts/" + c.id()));
        }
    }

    /** Contracted vendors without a contact in the last {@code dataStoppedDays} days, when the lake has data. */
    private void dataStopped(List<Contract> active, LocalDate today, List<AttentionItem> items) {
        if (active.isEmpty() || lake.interactionMonths().isEmpty()) {
            return;
        }
        Set<String> arriving = new HashSet<>();
        LocalDate from = today.minusDays(dataStoppedDays);
        for (KpiRow row :
                lake.kpis(KpiQuery.of(from, today, Dimension.HANDLED_BY).withMetrics(Set.of("offered")))) {
            var offered = row.metrics().get("offered");
            if (offered != null && offered.value() > 0) {
                arriving.add(row.keys().get(Dimension.HANDLED_BY.key()));
            }
        }
        Set<Long> listed = new HashSet<>();
        for (Contract c : active) {
            Vendor v = reviews.vendor(c.vendorId());
            if (arriving.contains(v.code()) || !listed.add(v.id())) {
                continue;
            }
            items.add(new AttentionItem(
                    Kind.DATA,
                    v.name(),
                    "No contacts from " + v.name() + " in the last " + dataStoppedDays + " days",
                    "no interactions handled by '" + v.code() + "' since " + from + ": is its export still arriving?",
                    from,
                    true,
                    "/govern/imports"));
        }
    }

    private void failedImports(LocalDate today, List<AttentionItem> items) {
        Instant since = today.minusDays(14).atStartOfDay(clock.getZone()).toInstant();
        for (DataImport i : imports.newest(50)) {
            if ((i.status() == ImportStatus.FAILED || i.status() == ImportStatus.REJECTED)
                    && i.startedAt().isAfter(since)) {
                items.add(new AttentionItem(
                        Kind.IMPORT,
                        null,
                        "Import of " + i.fileName() + " " + i.status().name().toLowerCase(Locale.ROOT),
                        i.message() == null ? "" : i.message(),
                        i.startedAt().atZone(clock.getZone()).toLocalDate(),
                        false,
                        "/govern/imports/" + i.id()));
            }
        }
    }
}
