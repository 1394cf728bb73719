package com.steward.app.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.contracts.ResultInput;
import com.steward.app.contracts.ScorecardResults;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.IngestFixtures;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.scorecards.ScorecardNumbers;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.governance.ICalendar;
import com.steward.core.governance.PromiseOutcome;
import com.steward.core.governance.PromiseStatus;
import com.steward.core.statistics.ProportionIntervals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reviews end to end, on H2 and PostgreSQL by the two subclasses: cadences generate meetings idempotently at the same
 * local time across a daylight-saving change; a meeting's agenda is pre-filled from a published scorecard, an open
 * alert, overdue and open actions and promises and the previous meeting's next steps; VENDOR users update their own
 * vendor-side actions only; promise outcomes give the kept rate computed by hand; the iCalendar feed parses back.
 */
@SpringBootTest
@AutoConfigureMockMvc
// the fixture's months hold a few hundred contacts: the minimum-sample rule (OneFigureScenarios) is lowered to 1 here
@TestPropertySource(
        properties = {
            "steward.scorecards.cron=-",
            "steward.monitoring.cron=-",
            "steward.reviews.zone=Europe/Berlin",
            "steward.scorecards.minimum-sample.default=1"
        })
abstract class ReviewScenarios {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewCadences reviewCadences;

    @Autowired
    ReviewMeetings reviewMeetings;

    @Autowired
    ReviewCalendars reviewCalendars;

    @Autowired
    ReviewActions reviewActions;

    @Autowired
    ReviewPromises reviewPromises;

    @Autowired
    Contracts contracts;

    @Autowired
    ScorecardRuns runs;

    @Autowired
    Imports imports;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    long own;
    long other;

    @BeforeEach
    void accounts() {
        accounts = TestAccounts.create(vendors, users);
        own = accounts.ownVendor.id();
        other = accounts.otherVendor.id();
    }

    <T> T as(Role role, Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }

    // --- cadences

    @Test
    void aWeeklyCadenceKeepsTenOClockBerlinTimeAcrossTheSpringChangeAndGeneratingTwiceAddsNothing() throws Exception {
        Cadence cadence = as(
                Role.MANAGER,
                () -> reviewCadences.saveCadence(new CadenceInput(
                        own, ReviewKind.WEEKLY_OPERATIONS, LocalDateTime.of(2026, 3, 16, 10, 0), 45, "Room 1", true)));
        assertThat(cadence.firstAt()).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-07T00:00:00Z");
        Generation first = as(Role.MANAGER, () -> reviewCadences.generate(cadence.id(), from, to));
        assertThat(first.createdMeetingIds()).hasSize(4);
        assertThat(first.alreadyPlanned()).isZero();
        List<Meeting> meetings = as(Role.VIEWER, () -> reviewMeetings.meetings(own));
        assertThat(meetings)
                .extracting(Meeting::scheduledAt)
                .containsExactly(
                        Instant.parse("2026-03-16T09:00:00Z"),
                        Instant.parse("2026-03-23T09:00:00Z"),
                        Instant.parse("2026-03-30T08:00:00Z"), // CEST from 29 March: still 10:00 in Berlin
                        Instant.parse("2026-04-06T08:00:00Z"));
        assertThat(meetings)
                .allSatisfy(m ->
                        assertThat(m.scheduledAt().atZone(BERLIN).getHour()).isEqualTo(10));
        assertThat(meetings).allSatisfy(m -> {
            assertThat(m.endsAt()).isEqualTo(m.scheduledAt().plusSeconds(45 * 60));
            assertThat(m.agenda()).isNotNull();
            assertThat(m.cadenceId()).isEqualTo(cadence.id());
        });

        Generation again = as(Role.MANAGER, () -> reviewCadences.generate(cadence.id(), from, to));
        assertThat(again.createdMeetingIds()).isEmpty();
        assertThat(again.alreadyPlanned()).isEqualTo(4);
        // a wider window adds only the new occurrences
        Generation wider = as(
                Role.MANAGER, () -> reviewCadences.generate(cadence.id(), from, Instant.parse("2026-04-14T00:00:00Z")));
        assertThat(wider.createdMeetingIds()).hasSize(1);
        assertThat(as(Role.VIEWER, () -> reviewMeetings.meetings(own))).hasSize(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_meetings WHERE cadence_id = :c")
                        .param("c", cadence.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);

        // over the API from today: twice, and the second time creates nothing
        String generate = "/api/v1/reviews/cadences/" + cadence.id() + "/generate?weeks=4";
        mvc.perform(post(generate).with(csrf()).with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk());
        mvc.perform(post(generate).with(csrf()).with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.createdMeetingIds.length()").value(0))
                .andExpect(jsonPath("$.alreadyPlanned").value(4));
        mvc.perform(post(generate).with(csrf()).with(user(accounts.principal(Role.ANALYST))))
                .andExpect(status().isForbidden());
    }

    @Test
    void savingTheSameKindAgainChangesTheCadenceInsteadOfAddingOne() {
        Cadence a = as(Role.MANAGER, () -> reviewCadences.saveCadence(ReviewFixtures.cadence(own)));
        Cadence b = as(
                Role.MANAGER,
                () -> reviewCadences.saveCadence(new CadenceInput(
                        own, ReviewKind.MONTHLY_REVIEW, LocalDateTime.of(2026, 7, 1, 14, 30), 90, "Lyon", true)));
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.firstLocal()).isEqualTo(LocalDateTime.of(2026, 7, 1, 14, 30));
        assertThat(b.firstAt()).isEqualTo(Instant.parse("2026-07-01T12:30:00Z"));
        assertThat(as(Role.VENDOR, () -> reviewCadences.cadences(own))).hasSize(1);
        assertThat(audit.newest(ReviewCadences.AUDIT_CADENCE, 50))
                .anySatisfy(e -> assertThat(e.entityId()).isEqualTo(Long.toString(a.id())));
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> reviewCadences.saveCadence(
                                new CadenceInput(own, ReviewKind.MONTHLY_REVIEW, null, 60, null, true))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("first meeting");
    }

    // --- agenda

    @Test
    void theAgendaIsPrefilledFromThePublishedScorecardAnOpenAlertOpenItemsAndThePreviousNextSteps() throws Exception {
        long contractId = as(Role.MANAGER, () -> measuredContract(own));
        loadInteractions();
        ScorecardRun draft = as(Role.ANALYST, () -> runs.run(contractId, "2026-02"));
        ScorecardRun published = as(Role.MANAGER, () -> runs.publish(draft.id(), null));
        jdbc.sql("""
                        INSERT INTO monitoring_alert (vendor_id, vendor_code, metric_id, week, direction, observed,
                          statistic, centre, lcl, ucl, sample_size, status, raised_at)
                        VALUES (:v, :code, 'csat', DATE '2026-02-09', 'LOW', 0.71, 0.74, 0.82, 0.78, 0.86, 410, 'OPEN', :at)
                        """)
                .param("v", own)
                .param("code", accounts.ownVendor.code())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        LocalDate today = reviews.today();
        ActionItem overdue = as(
                Role.ANALYST,
                () -> reviewActions.createAction(ReviewFixtures.action(
                        own, "Send the February QA calibration", Side.VENDOR, today.minusDays(20))));
        ActionItem open = as(
                Role.ANALYST,
                () -> reviewActions.createAction(
                        ReviewFixtures.action(own, "Share the new billing FAQ", Side.CLIENT, today.plusDays(30))));
        ActionItem done = as(
                Role.ANALYST,
                () -> reviewActions.createAction(
                        ReviewFixtures.action(own, "Done already", Side.VENDOR, today.minusDays(5))));
        as(
                Role.MANAGER,
                () -> reviewActions.updateAction(done.id(), new ActionUpdateInput(ActionStatus.DONE, "closed")));
        Promise late = as(
                Role.MANAGER,
                () -> reviewPromises.createPromise(ReviewFixtures.promise(
                        own, "Hire 5 agents for billing", Side.VENDOR, today.minusDays(60), today.minusDays(10))));
        Promise coming = as(
                Role.MANAGER,
                () -> reviewPromises.createPromise(ReviewFixtures.promise(
                        own, "Give the vendor CRM access", Side.CLIENT, today.minusDays(3), today.plusDays(20))));
        Meeting previous = as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(ReviewFixtures.meeting(own, LocalDateTime.of(2026, 3, 3, 10, 0))));
        as(
                Role.ANALYST,
                () -> reviewMeetings.recordMinutes(
                        previous.id(),
                        new MinutesInput(
                                "Went through February.",
                                "Vendor: staffing plan for March\nClient: forecast for Q2",
                                List.of(
                                        new Attendee("Maria", Side.CLIENT, "Vendor manager", true),
                                        new Attendee("Vera", Side.VENDOR, "Account manager", true)))));
        as(Role.MANAGER, () -> reviewMeetings.markHeld(previous.id(), null));
        // another vendor's items never reach this vendor's agenda
        as(
                Role.ANALYST,
                () -> reviewActions.createAction(
                        ReviewFixtures.action(other, "Other vendor's action", Side.VENDOR, today.minusDays(20))));

        Meeting next = as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(
                        ReviewFixtures.meeting(own, today.plusDays(7).atTime(10, 0))));
        Agenda agenda = Objects.requireNonNull(next.agenda());
        assertThat(agenda).isNotNull();

        // (a) performance: the published run's score against the contract's threshold, lines short of target
        assertThat(agenda.performance()).hasSize(1);
        Agenda.Performance perf = agenda.performance().getFirst();
        assertThat(perf.contractId()).isEqualTo(contractId);
        assertThat(perf.period()).isEqualTo("2026-02");
        assertThat(perf.version()).isEqualTo(1);
        assertThat(perf.score()).isEqualTo(published.numbers().score());
        assertThat(perf.thresholdScore()).isEqualTo(80.0);
        assertThat(perf.belowThreshold()).isEqualTo(published.numbers().score() < 80.0);
        long shortOfTarget = published.numbers().metrics().stream()
                .filter(l -> l.vendor() != null)
                .filter(l -> l.target() >= l.threshold()
                        ? l.vendor().value() < l.target()
                        : l.vendor().value() > l.target())
                .count();
        assertThat(perf.belowTarget()).hasSize((int) shortOfTarget);
        for (ScorecardNumbers.Line l : published.numbers().metrics()) {
            boolean listed = perf.belowTarget().stream().anyMatch(s -> s.startsWith(l.displayName() + " "));
            boolean shortNow = l.vendor() != null
                    && (l.target() >= l.threshold()
                            ? l.vendor().value() < l.target()
                            : l.vendor().value() > l.target());
            assertThat(listed).as(l.metricId()).isEqualTo(shortNow);
        }
        // (b) collaboration issues
        assertThat(agenda.alerts()).singleElement().asString().startsWith("csat moved low in the week of 2026-02-09");
        assertThat(agenda.overdueActions()).extracting(Agenda.Item::id).containsExactly(overdue.id());
        assertThat(agenda.latePromises()).extracting(Agenda.Item::id).containsExactly(late.id());
        assertThat(agenda.latePromises().getFirst().state()).isEqualTo("OVERDUE");
        // (c) open items, (d) carried next steps
        assertThat(agenda.openActions()).extracting(Agenda.Item::id).containsExactly(open.id());
        assertThat(agenda.openPromises()).extracting(Agenda.Item::id).containsExactly(coming.id());
        assertThat(agenda.carriedNextSteps()).isEqualTo("Vendor: staffing plan for March\nClient: forecast for Q2");
        assertThat(agenda.carriedFrom()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(agenda.asText())
                .contains("Hire 5 agents for billing")
                .contains("staffing plan for March")
                .doesNotContain("Other vendor's action")
                .doesNotContain("Done already");

        // the snapshot stays until regenerated
        as(
                Role.MANAGER,
                () -> reviewActions.updateAction(overdue.id(), new ActionUpdateInput(ActionStatus.DONE, "sent")));
        assertThat(Objects.requireNonNull(as(Role.VIEWER, () -> reviewMeetings.meeting(next.id()))
                                .agenda())
                        .overdueActions())
                .hasSize(1);
        mvc.perform(post("/api/v1/reviews/meetings/" + next.id() + "/agenda")
                        .with(csrf())
                        .with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda.overdueActions.length()").value(0))
                .andExpect(jsonPath("$.agenda.carriedNextSteps")
                        .value("Vendor: staffing plan for March\nClient: forecast for Q2"))
                .andExpect(jsonPath("$.agenda.performance[0].period").value("2026-02"));
        // the vendor sees its agenda and the held meeting's minutes and attendees
        mvc.perform(get("/api/v1/reviews/meetings/" + previous.id()).with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.minutes").value("Went through February."))
                .andExpect(jsonPath("$.attendees[1].side").value("VENDOR"));
        mvc.perform(get("/govern/reviews/meetings/" + next.id()).with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk());
    }

    @Test
    void theAgendaShowsEachContractsOneFigureAMonthRecordedByHandLabelledSoAndNoFigureAsNotReported() {
        long recorded = as(Role.MANAGER, () -> measuredContract(own));
        long silent = as(Role.MANAGER, () -> measuredContract(own));
        as(
                Role.MANAGER,
                () -> contracts.recordResults(
                        recorded, new ResultInput("2026-01", null, Map.of("csat", 0.80, "qa", 92.0, "aht", 330.0))));
        Meeting next = as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(
                        ReviewFixtures.meeting(own, reviews.today().plusDays(7).atTime(10, 0))));
        List<Agenda.Performance> performance =
                Objects.requireNonNull(next.agenda()).performance();
        assertThat(performance).extracting(Agenda.Performance::contractId).containsExactlyInAnyOrder(recorded, silent);
        Agenda.Performance byHand = performance.stream()
                .filter(p -> p.contractId() == recorded)
                .findFirst()
                .orElseThrow();
        ScorecardResults.Period figure = as(Role.VIEWER, () -> contracts.results(recorded))
                .period("2026-01")
                .orElseThrow();
        assertThat(byHand.source()).isEqualTo(Agenda.RECORDED_BY_HAND);
        assertThat(byHand.period()).isEqualTo("2026-01");
        assertThat(byHand.version()).isNull();
        assertThat(byHand.score()).isNotNull().isEqualTo(figure.score());
        assertThat(byHand.belowThreshold()).isEqualTo(figure.score() < 80.0);
        // csat 0.80 is short of 0.85 and aht 330 s of 300 s (lower is better); qa 92 beats 90
        assertThat(byHand.belowTarget())
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("0.800 (target 0.850, threshold 0.750)"))
                .anySatisfy(l -> assertThat(l).contains("330.000 (target 300.000, threshold 360.000)"));
        Agenda.Performance none = performance.stream()
                .filter(p -> p.contractId() == silent)
                .findFirst()
                .orElseThrow();
        assertThat(none.source()).isEqualTo(Agenda.NOT_REPORTED);
        assertThat(none.period()).isNull();
        assertThat(none.score()).isNull();
        assertThat(Objects.requireNonNull(next.agenda()).asText())
                .contains("2026-01 (recorded by hand): score")
                .containsPattern("Measured [^\\n]+ not reported");
    }

    private long measuredContract(long vendorId) {
        Contract c = contracts.create(new ContractInput(
                vendorId,
                "Measured " + UUID.randomUUID(),
                ContractStatus.ACTIVE,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31),
                null,
                List.of("billing", "technical"),
                List.of(),
                List.of(),
                100_000.0,
                null));
        contracts.defineScorecard(c.id(), ContractFixtures.qualityFirstScorecard());
        return c.id();
    }

    private void loadInteractions() throws Exception {
        String csv = IngestFixtures.interactionsCsv(
                "rv-" + UUID.randomUUID() + "-", List.of(accounts.ownVendor.code(), "inhouse"), 900, 11);
        Path file = Files.createTempFile("reviews-", ".csv");
        Files.writeString(file, csv);
        imports.importNow(new StartImportCommand(Dataset.INTERACTIONS, file, null, null, "test", "test"), p -> {});
    }

    // --- vendor isolation and roles

    @Test
    void aVendorUpdatesItsOwnSideActionsOnlyAndNeverSeesAnotherVendorsRecords() throws Exception {
        LocalDate due = reviews.today().plusDays(10);
        ActionItem vendorSide = as(
                Role.MANAGER,
                () -> reviewActions.createAction(ReviewFixtures.action(own, "Fix IVR", Side.VENDOR, due)));
        ActionItem clientSide = as(
                Role.MANAGER,
                () -> reviewActions.createAction(ReviewFixtures.action(own, "Send FAQ", Side.CLIENT, due)));
        ActionItem othersAction = as(
                Role.MANAGER,
                () -> reviewActions.createAction(ReviewFixtures.action(other, "Theirs", Side.VENDOR, due)));
        Promise ownPromise = as(
                Role.MANAGER,
                () -> reviewPromises.createPromise(
                        ReviewFixtures.promise(own, "Weekly staffing report", Side.VENDOR, reviews.today(), due)));
        Meeting othersMeeting = as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(ReviewFixtures.meeting(other, LocalDateTime.of(2026, 2, 2, 9, 0))));

        var vendor = user(accounts.principal(Role.VENDOR));
        String body = "{\"status\":\"IN_PROGRESS\",\"note\":\"Two agents re-trained\"}";
        mvc.perform(post("/api/v1/reviews/actions/" + vendorSide.id() + "/updates")
                        .with(csrf())
                        .with(vendor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.updates[1].authorSide").value("VENDOR"))
                .andExpect(jsonPath("$.updates[1].note").value("Two agents re-trained"))
                .andExpect(jsonPath("$.updates[1].fromStatus").value("OPEN"));
        mvc.perform(post("/api/v1/reviews/actions/" + clientSide.id() + "/updates")
                        .with(csrf())
                        .with(vendor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reviews/actions/" + othersAction.id() + "/updates")
                        .with(csrf())
                        .with(vendor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reviews/actions/" + othersAction.id() + "/updates")
                        .with(csrf())
                        .with(user(accounts.principal(Role.VIEWER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reviews/promises/" + ownPromise.id() + "/outcome")
                        .with(csrf())
                        .with(vendor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"KEPT\"}"))
                .andExpect(status().isForbidden());
        // the page form: the same rules
        mvc.perform(post("/govern/reviews/actions/" + othersAction.id() + "/updates")
                        .with(csrf())
                        .with(vendor)
                        .param("status", "DONE"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/govern/reviews/actions/" + clientSide.id() + "/updates")
                        .with(csrf())
                        .with(vendor)
                        .param("status", "DONE"))
                .andExpect(status().isForbidden());
        // nothing changed by the refused requests
        assertThat(as(Role.VIEWER, () -> reviewActions.action(clientSide.id())).status())
                .isEqualTo(ActionStatus.OPEN);
        assertThat(as(Role.VIEWER, () -> reviewActions.action(othersAction.id()))
                        .updates())
                .hasSize(1);
        assertThat(as(Role.VIEWER, () -> reviewPromises.promise(ownPromise.id()))
                        .status())
                .isEqualTo(PromiseStatus.OPEN);

        for (String path : List.of(
                "/api/v1/reviews/meetings/" + othersMeeting.id(),
                "/api/v1/reviews/meetings/" + othersMeeting.id() + "/calendar.ics",
                "/api/v1/reviews/actions/" + othersAction.id(),
                "/api/v1/reviews/vendors/" + other + "/actions",
                "/api/v1/reviews/vendors/" + other + "/promises",
                "/api/v1/reviews/vendors/" + other + "/calendar.ics",
                "/govern/reviews/meetings/" + othersMeeting.id(),
                "/govern/reviews/vendors/" + other)) {
            mvc.perform(get(path).with(vendor)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/reviews/vendors/" + own + "/actions").with(vendor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/govern/reviews").with(vendor)).andExpect(status().isOk());
        assertThat(as(Role.VENDOR, () -> reviews.vendors()))
                .extracting(v -> v.id())
                .containsExactly(own);
        assertThatThrownBy(() -> as(
                        Role.VIEWER,
                        () -> reviewActions.createAction(ReviewFixtures.action(own, "x", Side.VENDOR, due))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.newest(ReviewActions.AUDIT_ACTION, 50))
                .anySatisfy(e -> assertThat(e.entityId()).isEqualTo(Long.toString(vendorSide.id())));
    }

    // --- promises

    @Test
    void promiseOutcomesGiveTheKeptRatePerSideAndQuarterComputedByHand() {
        LocalDate made = LocalDate.of(2025, 4, 1);
        // VENDOR, 2025-Q2: kept, kept, kept late, broken, open past due; CLIENT 2025-Q2: kept; VENDOR 2025-Q3: kept
        // late
        long[] v = new long[5];
        String[] dues = {"2025-05-10", "2025-06-01", "2025-06-10", "2025-06-20", "2025-06-30"};
        for (int i = 0; i < dues.length; i++) {
            LocalDate due = LocalDate.parse(dues[i]);
            v[i] = as(
                            Role.ANALYST,
                            () -> reviewPromises.createPromise(
                                    ReviewFixtures.promise(own, "p" + due, Side.VENDOR, made, due)))
                    .id();
        }
        as(
                Role.MANAGER,
                () -> ReviewFixtures.outcome(reviewPromises, v[0], PromiseStatus.KEPT, LocalDate.parse("2025-05-02")));
        as(
                Role.MANAGER,
                () -> ReviewFixtures.outcome(reviewPromises, v[1], PromiseStatus.KEPT, LocalDate.parse("2025-06-01")));
        Promise late = as(
                Role.MANAGER,
                () -> ReviewFixtures.outcome(reviewPromises, v[2], PromiseStatus.KEPT, LocalDate.parse("2025-07-04")));
        Promise broken =
                as(Role.MANAGER, () -> ReviewFixtures.outcome(reviewPromises, v[3], PromiseStatus.BROKEN, null));
        assertThat(late.outcome()).isEqualTo(PromiseOutcome.KEPT_LATE);
        assertThat(broken.outcome()).isEqualTo(PromiseOutcome.BROKEN);
        assertThat(as(Role.VIEWER, () -> reviewPromises.promise(v[4])).outcome())
                .isEqualTo(PromiseOutcome.OVERDUE);
        long c = as(
                        Role.ANALYST,
                        () -> reviewPromises.createPromise(ReviewFixtures.promise(
                                own, "CRM access", Side.CLIENT, made, LocalDate.parse("2025-05-15"))))
                .id();
        as(
                Role.MANAGER,
                () -> ReviewFixtures.outcome(reviewPromises, c, PromiseStatus.KEPT, LocalDate.parse("2025-05-15")));
        long q3 = as(
                        Role.ANALYST,
                        () -> reviewPromises.createPromise(ReviewFixtures.promise(
                                own, "QA rubric", Side.VENDOR, made, LocalDate.parse("2025-08-01"))))
                .id();
        as(
                Role.MANAGER,
                () -> ReviewFixtures.outcome(reviewPromises, q3, PromiseStatus.KEPT, LocalDate.parse("2025-08-02")));

        List<KeptRate> rates = as(Role.VENDOR, () -> reviewPromises.keptRates(own));
        assertThat(rates)
                .extracting(r -> r.side() + " " + r.quarter())
                .containsExactly("CLIENT 2025-Q2", "VENDOR 2025-Q2", "VENDOR 2025-Q3");
        KeptRate vendorQ2 = rates.get(1);
        assertThat(vendorQ2.kept()).isEqualTo(2);
        assertThat(vendorQ2.keptLate()).isEqualTo(1);
        assertThat(vendorQ2.broken()).isEqualTo(1);
        assertThat(vendorQ2.overdue()).isEqualTo(1);
        assertThat(vendorQ2.counted()).isEqualTo(5);
        assertThat(vendorQ2.rate()).isCloseTo(2.0 / 5, within(1e-12));
        // the Wilson interval by hand: (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)
        double z = 1.959963984540054;
        double n = 5;
        double p = 0.4;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
        assertThat(vendorQ2.low()).isCloseTo(centre - half, within(1e-9));
        assertThat(vendorQ2.high()).isCloseTo(centre + half, within(1e-9));
        assertThat(vendorQ2.low()).isCloseTo(ProportionIntervals.wilson95(2, 5).low(), within(1e-12));
        assertThat(rates.get(0).rate()).isEqualTo(1.0);
        assertThat(rates.get(2).rate()).isEqualTo(0.0);
        assertThat(rates.get(2).keptLate()).isEqualTo(1);

        // rules: not kept before made, not in the future, a broken promise has no kept day; VENDOR may not record
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> ReviewFixtures.outcome(
                                reviewPromises, v[4], PromiseStatus.KEPT, LocalDate.parse("2025-03-01"))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> ReviewFixtures.outcome(
                                reviewPromises,
                                v[4],
                                PromiseStatus.KEPT,
                                reviews.today().plusDays(2))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(
                        Role.MANAGER,
                        () -> ReviewFixtures.outcome(
                                reviewPromises, v[4], PromiseStatus.BROKEN, LocalDate.parse("2025-06-01"))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() ->
                        as(Role.VENDOR, () -> ReviewFixtures.outcome(reviewPromises, v[4], PromiseStatus.KEPT, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(Role.VIEWER, () -> reviewPromises.promise(v[4])).status()).isEqualTo(PromiseStatus.OPEN);
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM review_actions")
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/reviews/actions")
                        .with(csrf())
                        .with(user(accounts.principal(Role.ANALYST)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vendorId\":" + own
                                + ",\"title\":\" \",\"ownerName\":\"Ann\",\"ownerSide\":\"VENDOR\","
                                + "\"dueDate\":\"2026-05-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(post("/api/v1/reviews/promises")
                        .with(csrf())
                        .with(user(accounts.principal(Role.ANALYST)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vendorId\":" + own + ",\"what\":\"x\",\"promisedBy\":\"Ann\",\"side\":\"VENDOR\","
                                + "\"madeOn\":\"2026-05-02\",\"dueDate\":\"2026-05-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        mvc.perform(post("/govern/reviews/vendors/" + own + "/actions")
                        .with(csrf())
                        .with(user(accounts.principal(Role.ANALYST)))
                        .param("title", "Call back")
                        .param("ownerName", "Ann")
                        .param("ownerSide", "VENDOR")
                        .param("dueDate", "not a date"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("reviews/actions"))
                .andExpect(model().attributeHasFieldErrorCode("actionForm", "dueDate", "typeMismatch"))
                .andExpect(content().string(containsString("Enter a date.")))
                .andExpect(content().string(containsString("value=\"Call back\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_actions")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_promises WHERE vendor_id = :v")
                        .param("v", own)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void thePromiseFormKeepsTheInputAndShowsTheMessageBesideTheDueDateWhenItFallsDueBeforeItWasMade() throws Exception {
        var analyst = user(accounts.principal(Role.ANALYST));
        String page = mvc.perform(post("/govern/reviews/vendors/" + own + "/promises")
                        .with(csrf())
                        .with(analyst)
                        .param("what", "Hire 5 agents for billing")
                        .param("promisedBy", "Vera Vendor")
                        .param("side", "VENDOR")
                        .param("madeOn", "2026-05-02")
                        .param("dueDate", "2026-05-01"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("reviews/promises"))
                .andExpect(model().attributeHasFieldErrorCode("promiseForm", "dueDate", "invalid"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(tag(page, "textarea", "what")).as("what was typed stays").isNotNull();
        assertThat(page).contains(">Hire 5 agents for billing</textarea>");
        assertThat(tag(page, "input", "promisedBy")).contains("value=\"Vera Vendor\"");
        assertThat(page).containsPattern("<option value=\"VENDOR\" selected=\"selected\"");
        assertThat(tag(page, "input", "madeOn")).contains("value=\"2026-05-02\"");
        assertThat(tag(page, "input", "pdue"))
                .contains("value=\"2026-05-01\"")
                .contains("aria-invalid=\"true\"")
                .containsPattern("aria-describedby=\"[^\"]*pdue-error");
        // the message sits in the due date's own field block, tied to its input
        assertThat(fieldError(page, "pdue")).isEqualTo(PromiseInput.DUE_BEFORE_MADE);
        assertThat(page).containsPattern("<details[^>]*open[^>]*>\\s*<summary>Track a promise");
        // a missing field, and (another time) a date that is no date: the message beside its field, the rest kept
        String missing = mvc.perform(post("/govern/reviews/vendors/" + own + "/promises")
                        .with(csrf())
                        .with(analyst)
                        .param("what", " ")
                        .param("promisedBy", "Vera Vendor")
                        .param("side", "VENDOR")
                        .param("dueDate", "2026-05-31"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fieldError(missing, "what")).isEqualTo("Fill this in.");
        assertThat(tag(missing, "input", "pdue")).contains("value=\"2026-05-31\"");
        String noDate = mvc.perform(post("/govern/reviews/vendors/" + own + "/promises")
                        .with(csrf())
                        .with(analyst)
                        .param("what", "Hire 5 agents for billing")
                        .param("promisedBy", "Vera Vendor")
                        .param("side", "VENDOR")
                        .param("dueDate", "31/05/2026"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fieldError(noDate, "pdue")).isEqualTo("Enter a date.");
        assertThat(tag(noDate, "input", "pdue")).contains("value=\"31/05/2026\"");
        assertThat(tag(noDate, "input", "promisedBy")).contains("value=\"Vera Vendor\"");
        assertThat(noDate).contains(">Hire 5 agents for billing</textarea>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_promises WHERE vendor_id = :v")
                        .param("v", own)
                        .query(Long.class)
                        .single())
                .as("nothing half-stored")
                .isZero();
        // the same form, corrected, is stored and goes back to the list
        mvc.perform(post("/govern/reviews/vendors/" + own + "/promises")
                        .with(csrf())
                        .with(analyst)
                        .param("what", "Hire 5 agents for billing")
                        .param("promisedBy", "Vera Vendor")
                        .param("side", "VENDOR")
                        .param("madeOn", "2026-05-02")
                        .param("dueDate", "2026-05-30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/govern/reviews/vendors/" + own + "/promises"));
        assertThat(as(Role.VIEWER, () -> reviewPromises.promises(own)))
                .singleElement()
                .satisfies(p -> assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 5, 30)));
    }

    /** The opening tag of the element {@code name} with this id, or null. */
    private static @Nullable String tag(String html, String name, String id) {
        Matcher m = Pattern.compile("<" + name + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        return m.find() ? m.group() : null;
    }

    /** The error message the form fragment shows beside the field with this id, or null. */
    private static @Nullable String fieldError(String html, String id) {
        Matcher m = Pattern.compile("<p class=\"field-error\" id=\"" + Pattern.quote(id) + "-error\">([^<]*)</p>")
                .matcher(html);
        return m.find() ? m.group(1) : null;
    }

    // --- iCalendar

    @Test
    void theVendorCalendarParsesBackWithOneStableUidPerMeetingAndTheCancellation() throws Exception {
        Meeting held = as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(new MeetingInput(
                        own,
                        ReviewKind.QUARTERLY_BUSINESS_REVIEW,
                        "QBR Q1 – Übersicht, Ziele; nächste Schritte",
                        LocalDateTime.of(2026, 3, 26, 9, 30),
                        180,
                        "Büro Berlin, Raum 4; 2. Stock")));
        Meeting cancelled = as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(ReviewFixtures.meeting(own, LocalDateTime.of(2026, 4, 2, 10, 0))));
        as(Role.MANAGER, () -> reviewMeetings.cancel(cancelled.id(), "Public holiday, moved"));
        as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(ReviewFixtures.meeting(other, LocalDateTime.of(2026, 4, 2, 10, 0))));

        var response = mvc.perform(get("/api/v1/reviews/vendors/" + own + "/calendar.ics")
                        .with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".ics");
        String ics = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n");
        }
        List<Map<String, String>> events = ICalendar.readEvents(ics);
        assertThat(events).hasSize(2);
        Map<String, String> qbr = events.get(0);
        assertThat(qbr.get("UID")).isEqualTo("review-meeting-" + held.id() + "@steward");
        assertThat(qbr.get("DTSTART")).isEqualTo("20260326T083000Z"); // 09:30 CET
        assertThat(qbr.get("DTEND")).isEqualTo("20260326T113000Z");
        assertThat(qbr.get("SUMMARY"))
                .isEqualTo("QBR Q1 – Übersicht, Ziele; nächste Schritte – " + accounts.ownVendor.name());
        assertThat(qbr.get("LOCATION")).isEqualTo("Büro Berlin, Raum 4; 2. Stock");
        assertThat(qbr.get("STATUS")).isEqualTo("CONFIRMED");
        assertThat(qbr.get("SEQUENCE")).isEqualTo("0");
        assertThat(qbr.get("DESCRIPTION")).startsWith("Agenda\n1. Performance vs expectations");
        assertThat(qbr.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
        Map<String, String> off = events.get(1);
        assertThat(off.get("STATUS")).isEqualTo("CANCELLED");
        assertThat(off.get("SEQUENCE")).isEqualTo("1");
        assertThat(off.get("DESCRIPTION")).startsWith("Cancelled: Public holiday, moved");

        // the single meeting's file carries the same UID: calendars update the entry rather than add one
        String single = mvc.perform(get("/api/v1/reviews/meetings/" + held.id() + "/calendar.ics")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ICalendar.readEvents(single))
                .singleElement()
                .satisfies(e -> assertThat(e.get("UID")).isEqualTo(qbr.get("UID")));
    }

    // --- pages

    @Test
    void theVendorPageFiltersMeetingsByKindAndThePromisesPageCarriesTheChartData() throws Exception {
        as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(new MeetingInput(
                        own,
                        ReviewKind.QUARTERLY_BUSINESS_REVIEW,
                        "QBR spring",
                        LocalDateTime.of(2026, 4, 22, 14, 0),
                        180,
                        null)));
        as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(new MeetingInput(
                        own,
                        ReviewKind.MONTHLY_REVIEW,
                        "Monthly May",
                        LocalDateTime.of(2026, 5, 12, 10, 0),
                        90,
                        null)));
        Promise p = as(
                Role.ANALYST,
                () -> reviewPromises.createPromise(ReviewFixtures.promise(
                        own, "Weekly FCR report", Side.VENDOR, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5))));
        as(
                Role.MANAGER,
                () -> ReviewFixtures.outcome(reviewPromises, p.id(), PromiseStatus.KEPT, LocalDate.of(2026, 2, 4)));
        var vendor = user(accounts.principal(Role.VENDOR));
        String all = mvc.perform(get("/govern/reviews/vendors/" + own).with(vendor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("QBR spring").contains("Monthly May").doesNotContain("cadence-form");
        String qbr = mvc.perform(get("/govern/reviews/vendors/" + own + "?kind=QUARTERLY_BUSINESS_REVIEW")
                        .with(vendor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(qbr).contains("QBR spring").doesNotContain("Monthly May");
        String manager = mvc.perform(get("/govern/reviews/vendors/" + own).with(user(accounts.principal(Role.MANAGER))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(manager).contains("cadence-form").contains("meeting-form");
        String promises = mvc.perform(
                        get("/govern/reviews/vendors/" + own + "/promises").with(vendor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(promises)
                .contains("data-testid=\"kept-chart\"")
                .contains("&quot;type&quot;:&quot;kept-rate&quot;")
                .contains("&quot;2026-Q1&quot;")
                .contains("100% (")
                .doesNotContain("promise-form"); // a VENDOR user tracks no promises
    }

    // --- review-pack facade

    @Test
    void thePackFacadeGivesMeetingsInARangeOpenActionsPromisesDueAndTheLatestAgenda() {
        Meeting jan = as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(ReviewFixtures.meeting(own, LocalDateTime.of(2026, 1, 31, 23, 30))));
        Meeting feb = as(
                Role.MANAGER,
                () -> reviewMeetings.createMeeting(ReviewFixtures.meeting(own, LocalDateTime.of(2026, 2, 1, 0, 30))));
        as(Role.MANAGER, () -> reviewMeetings.markHeld(jan.id(), null));
        as(Role.MANAGER, () -> reviewMeetings.markHeld(feb.id(), null));
        // days are Berlin days: 1 February 00:30 in Berlin is 31 January 23:30 UTC
        assertThat(as(
                        Role.VIEWER,
                        () -> reviewMeetings.meetingsBetween(own, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))))
                .extracting(Meeting::id)
                .containsExactly(feb.id());
        assertThat(as(Role.VIEWER, () -> reviewMeetings.latestAgenda(own)))
                .get()
                .extracting(Meeting::id)
                .isEqualTo(feb.id());
        ActionItem open = as(
                Role.ANALYST,
                () -> reviewActions.createAction(
                        ReviewFixtures.action(own, "Open one", Side.VENDOR, LocalDate.of(2026, 3, 1))));
        ActionItem closed = as(
                Role.ANALYST,
                () -> reviewActions.createAction(
                        ReviewFixtures.action(own, "Closed one", Side.VENDOR, LocalDate.of(2026, 3, 1))));
        as(
                Role.ANALYST,
                () -> reviewActions.updateAction(closed.id(), new ActionUpdateInput(ActionStatus.CANCELLED, "moot")));
        assertThat(as(Role.VIEWER, () -> reviewActions.openActions(own)))
                .extracting(ActionItem::id)
                .containsExactly(open.id());
        as(
                Role.ANALYST,
                () -> reviewPromises.createPromise(ReviewFixtures.promise(
                        own, "in range", Side.VENDOR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 10))));
        as(
                Role.ANALYST,
                () -> reviewPromises.createPromise(ReviewFixtures.promise(
                        own, "after", Side.VENDOR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 10))));
        assertThat(as(
                        Role.VIEWER,
                        () -> reviewPromises.promisesDueBetween(
                                own, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))))
                .extracting(Promise::what)
                .containsExactly("in range");
        assertThatThrownBy(() -> as(Role.VENDOR, () -> reviewMeetings.meetingsBetween(other, null, null)))
                .isInstanceOf(com.steward.app.web.NotFoundException.class);
    }

    @Test
    void aVendorReportsProgressOnItsOwnPromisesButNeitherOnOursNorAnotherVendorsAndTheOutcomeStaysOpen() {
        LocalDate made = reviews.today().minusDays(10);
        LocalDate due = reviews.today().plusDays(20);
        Promise theirs = as(
                Role.ANALYST,
                () -> reviewPromises.createPromise(
                        ReviewFixtures.promise(own, "Root-cause report", Side.VENDOR, made, due)));
        Promise ours = as(
                Role.ANALYST,
                () -> reviewPromises.createPromise(
                        ReviewFixtures.promise(own, "Release notes early", Side.CLIENT, made, due)));
        Promise elsewhere = as(
                Role.ANALYST,
                () -> reviewPromises.createPromise(
                        ReviewFixtures.promise(other, "Other vendor's", Side.VENDOR, made, due)));

        Promise reported =
                as(Role.VENDOR, () -> reviewPromises.reportOnPromise(theirs.id(), "draft sent to the CX team"));
        as(Role.VENDOR, () -> reviewPromises.reportOnPromise(theirs.id(), "final version agreed"));
        Promise after = as(Role.VIEWER, () -> reviewPromises.promise(theirs.id()));
        String actor = accounts.principal(Role.VENDOR).getUsername();
        assertThat(after.note())
                .isEqualTo(reviews.today() + " " + actor + ": draft sent to the CX team\n" + reviews.today() + " "
                        + actor + ": final version agreed");
        assertThat(reported.status()).isEqualTo(PromiseStatus.OPEN);
        assertThat(after.status()).as("a report is not an outcome").isEqualTo(PromiseStatus.OPEN);

        assertThatThrownBy(() -> as(Role.VENDOR, () -> reviewPromises.reportOnPromise(ours.id(), "done for you")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.VENDOR, () -> reviewPromises.reportOnPromise(elsewhere.id(), "peek")))
                .isInstanceOf(com.steward.app.web.NotFoundException.class);
        assertThatThrownBy(() -> as(Role.VIEWER, () -> reviewPromises.reportOnPromise(theirs.id(), "read-only")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.VENDOR, () -> reviewPromises.reportOnPromise(theirs.id(), "  ")))
                .isInstanceOf(com.steward.app.web.InvalidRequestException.class);
        assertThat(as(Role.VIEWER, () -> reviewPromises.promise(ours.id())).note())
                .isNull();
        assertThat(as(Role.VIEWER, () -> reviewPromises.promise(elsewhere.id())).note())
                .isNull();
    }
}
