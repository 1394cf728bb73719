package com.steward.app.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.IngestFixtures;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.scorecards.QaCalibration;
import com.steward.app.scorecards.QaCalibrations;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * QA calibration end to end on a small lake, on H2 and PostgreSQL by the two subclasses: the sample comes from the
 * lake (the period, answered contacts, both vendors), graders see only their own scores until close, the results
 * match the scores (the generous vendor's offset is the expert minus its graders), bad input stores nothing,
 * disputes are audited, and a VENDOR user never sees another vendor's name, graders or scores.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class CalibrationScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Imports imports;

    @Autowired
    CalibrationSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Contracts contracts;

    @Autowired
    ScorecardRuns runs;

    @Autowired
    QaCalibrations qaCalibrations;

    TestAccounts accounts;
    String tag;
    StewardUser ownGrader2;
    StewardUser otherGrader;
    StewardUser expert;

    @BeforeEach
    void lakeAndGraders() throws IOException {
        accounts = TestAccounts.create(vendors, users);
        tag = UUID.randomUUID().toString().substring(0, 6);
        expert = accounts.principal(Role.ANALYST);
        ownGrader2 = TestAccounts.asSystem(() -> vendorUser("own2", accounts.ownVendor.id()));
        otherGrader = TestAccounts.asSystem(() -> vendorUser("oth1", accounts.otherVendor.id()));
        StringBuilder csv = new StringBuilder(IngestFixtures.HEADER).append('\n');
        int row = 0;
        for (int day = 1; day <= 20; day++) {
            String at = String.format("2026-01-%02dT10:00:00Z", day);
            csv.append(contact(row++, accounts.ownVendor.code(), at, true, "90"));
            csv.append(contact(row++, accounts.otherVendor.code(), at, true, "75"));
            csv.append(contact(row++, accounts.otherVendor.code(), at, false, "")); // abandoned: never sampled
        }
        csv.append(contact(row++, accounts.ownVendor.code(), "2026-02-10T10:00:00Z", true, "50")); // outside period
        Path file = Files.createTempFile("calibration-", ".csv");
        Files.writeString(file, csv.toString());
        var outcome = imports.importNow(
                new StartImportCommand(Dataset.INTERACTIONS, file, null, null, "test", "test"), p -> {});
        assertThat(outcome.rejects()).as("the fixture lake imports cleanly").isEmpty();
    }

    private StewardUser vendorUser(String name, long vendorId) {
        String username = name + "-" + tag;
        users.create(new CreateUserCommand(username, "Grader " + username, null, Role.VENDOR, vendorId));
        return (StewardUser) users.loadUserByUsername(username);
    }

    private String contact(int row, String vendor, String at, boolean answered, String qa) {
        Instant arrived = Instant.parse(at);
        return String.join(
                        ",",
                        tag + "-c" + row,
                        vendor,
                        "site0",
                        "voice",
                        "billing",
                        "CA",
                        tag + "-k" + row,
                        "true",
                        arrived.toString(),
                        answered ? arrived.plusSeconds(20).toString() : "",
                        arrived.plusSeconds(300).toString(),
                        answered ? "280" : "0",
                        "false",
                        "true",
                        "false",
                        "a1",
                        "",
                        "",
                        qa)
                + "\n";
    }

    <T> T as(StewardUser principal, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private SessionInput input(int size, List<Long> graders) {
        return new SessionInput(
                "January calibration " + tag,
                "Standard QA form",
                0,
                100,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                size,
                42L,
                List.of(accounts.ownVendor.id(), accounts.otherVendor.id()),
                graders,
                expert.id());
    }

    private long newSession() {
        StewardUser ownGrader = accounts.principal(Role.VENDOR);
        return as(
                accounts.principal(Role.MANAGER),
                () -> sessions.create(input(8, List.of(ownGrader.id(), ownGrader2.id(), otherGrader.id()))));
    }

    @Test
    void sampleIsDrawnFromTheLakeStratifiedByVendorAndReproducibleFromItsSeed() {
        long id = newSession();
        SessionView view = as(expert, () -> sessions.session(id));
        assertThat(view.items()).hasSize(8);
        assertThat(view.population()).isEqualTo(16); // each vendor's population is cut to the sample size
        Map<Long, Long> byVendor = new HashMap<>();
        jdbc.sql("SELECT vendor_id FROM calibration_items WHERE session_id = :s")
                .param("s", id)
                .query(Long.class)
                .list()
                .forEach(v -> byVendor.merge(v, 1L, Long::sum));
        assertThat(byVendor).containsEntry(accounts.ownVendor.id(), 4L).containsEntry(accounts.otherVendor.id(), 4L);
        assertThat(view.items())
                .allSatisfy(i -> assertThat(i.arrivedAt()).isBefore(Instant.parse("2026-02-01T00:00:00Z")))
                .allSatisfy(
                        i -> assertThat(i.vendorName()).as("blind while open").isNull());
        // Every sampled contact was answered (the abandoned ones carry an odd row number / 3 pattern: none chosen).
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calibration_items WHERE session_id = :s AND vendor_qa IS NULL")
                        .param("s", id)
                        .query(Long.class)
                        .single())
                .isZero();
        long again = newSession();
        List<String> first = jdbc.sql("SELECT interaction_id FROM calibration_items WHERE session_id = :s ORDER BY 1")
                .param("s", id)
                .query(String.class)
                .list();
        List<String> second = jdbc.sql("SELECT interaction_id FROM calibration_items WHERE session_id = :s ORDER BY 1")
                .param("s", again)
                .query(String.class)
                .list();
        assertThat(second).isEqualTo(first);
        // What each vendor's own QA reported over the period (answered contacts with a qa_score, January only).
        assertThat(jdbc.sql(
                                "SELECT reported_qa FROM calibration_session_vendors WHERE session_id = :s AND vendor_id = :v")
                        .param("s", id)
                        .param("v", accounts.ownVendor.id())
                        .query(Double.class)
                        .single())
                .isEqualTo(90.0);
    }

    /** Scores everything: the expert gives 60 + 3·ordinal, own graders +6 (generous), the other vendor's −1. */
    private void scoreAll(long id) {
        SessionView view = as(expert, () -> sessions.session(id));
        Map<StewardUser, Double> shift =
                Map.of(expert, 0.0, accounts.principal(Role.VENDOR), 6.0, ownGrader2, 6.0, otherGrader, -1.0);
        shift.forEach((grader, delta) -> as(grader, () -> {
            List<ScoreInput> scores = new ArrayList<>();
            for (ItemView i : view.items()) {
                double noise = ((i.ordinal() * 7 + (int) grader.id()) % 3) - 1; // −1, 0 or +1
                scores.add(new ScoreInput(i.id(), 60 + 3.0 * i.ordinal() + delta + (delta == 0 ? 0 : noise)));
            }
            return sessions.score(id, scores);
        }));
    }

    @Test
    void gradersSeeOnlyTheirOwnScoresUntilTheSessionCloses() {
        long id = newSession();
        scoreAll(id);
        SessionView asVendor = as(accounts.principal(Role.VENDOR), () -> sessions.session(id));
        assertThat(asVendor.items()).allSatisfy(i -> {
            assertThat(i.myScore()).isNotNull();
            assertThat(i.expertScore()).isNull();
        });
        assertThat(asVendor.results()).isNull();
        SessionView asExpert = as(expert, () -> sessions.session(id));
        assertThat(asExpert.items()).allSatisfy(i -> assertThat(i.expertScore()).isNull());
    }

    @Test
    void closingShowsTheGenerousVendorsOffsetAndAlignment() {
        long id = newSession();
        scoreAll(id);
        SessionView closed = as(accounts.principal(Role.MANAGER), () -> sessions.close(id));
        SessionResults r = closed.results();
        assertThat(r.itemsUsed()).isEqualTo(8);
        assertThat(r.itemsDropped()).isZero();
        assertThat(r.graders()).isEqualTo(4);
        VendorResult own = r.vendors().stream()
                .filter(v -> v.vendorId() == accounts.ownVendor.id())
                .findFirst()
                .orElseThrow();
        VendorResult other = r.vendors().stream()
                .filter(v -> v.vendorId() == accounts.otherVendor.id())
                .findFirst()
                .orElseThrow();
        // Expert − vendor mean over the pairs, computed here from the scores as stored.
        assertThat(own.offset()).isCloseTo(-expectedBias(id, accounts.ownVendor.id()), within(1e-9));
        assertThat(own.offset()).isBetween(-7.0, -5.0);
        assertThat(other.offset()).isBetween(0.0, 2.0);
        assertThat(own.calibratedQa()).isCloseTo(90 + own.offset(), within(1e-9));
        assertThat(r.alignments()).hasSize(3);
        assertThat(r.variance()).isNotNull();
        assertThat(r.variance().betweenExceedsWithin()).isTrue();
        assertThat(r.icc("ICC(3,1)").value()).isGreaterThan(r.icc("ICC(2,1)").value());
        // Scores are frozen after close.
        assertThatThrownBy(() -> as(expert, () -> sessions.score(id, List.of(new ScoreInput(1L, 50.0)))))
                .isInstanceOf(ConflictException.class);
        assertThat(as(accounts.principal(Role.MANAGER), () -> sessions.latestOffset(accounts.ownVendor.id())))
                .hasValueSatisfying(o -> assertThat(o.offset()).isEqualTo(own.offset()));
        assertThat(as(accounts.principal(Role.MANAGER), () -> sessions.trend()))
                .anySatisfy(t -> assertThat(t.sessionId()).isEqualTo(id));
    }

    @Test
    void aScorecardShowsQaRawBesideCalibratedOnlyWhenSwitchedOnAuditedAndOnlyToItsOwnVendor() throws Exception {
        long id = newSession();
        scoreAll(id);
        as(accounts.principal(Role.MANAGER), () -> sessions.close(id));
        long vendorId = accounts.ownVendor.id();
        ScorecardRun run = ContractFixtures.as(accounts, Role.MANAGER, () -> {
            Contract c = contracts.create(new ContractInput(
                    vendorId,
                    "Calibrated QA " + tag,
                    ContractStatus.ACTIVE,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    null,
                    List.of("billing"),
                    List.of(),
                    List.of(),
                    100_000.0,
                    null));
            contracts.defineScorecard(c.id(), ContractFixtures.qualityFirstScorecard());
            ScorecardRun draft = runs.run(c.id(), "2026-01");
            return runs.publish(draft.id(), null, "calibration fixture: 20 contacts");
        });
        QaCalibration off = as(accounts.principal(Role.MANAGER), () -> qaCalibrations.forRun(run.id()));
        assertThat(off.applied()).isFalse();
        assertThat(off.source())
                .hasValueSatisfying(s -> assertThat(s.sessionId()).isEqualTo(id));
        assertThat(off.lines()).allSatisfy(l -> assertThat(l.calibrated()).isEqualTo(l.raw()));

        as(accounts.principal(Role.MANAGER), () -> qaCalibrations.switchTo(vendorId, true));
        QaCalibration on = as(accounts.principal(Role.MANAGER), () -> qaCalibrations.forRun(run.id()));
        assertThat(on.applied()).isTrue();
        // every own-vendor contact of January has QA 90; the offset is expert − own graders from the stored scores
        double expected = 90 - expectedBias(id, vendorId);
        assertThat(on.lines()).hasSameSizeAs(off.lines());
        for (int i = 0; i < on.lines().size(); i++) {
            QaCalibration.Line before = off.lines().get(i);
            QaCalibration.Line after = on.lines().get(i);
            assertThat(after.raw()).isEqualTo(before.raw());
            if (after.metricId().equals("qa")) {
                assertThat(after.raw()).isCloseTo(90.0, within(1e-9));
                assertThat(after.calibrated()).isCloseTo(expected, within(1e-9));
            } else {
                assertThat(after.calibrated()).as(after.metricId()).isEqualTo(before.calibrated());
            }
        }
        as(accounts.principal(Role.MANAGER), () -> qaCalibrations.switchTo(vendorId, false));
        assertThat(jdbc.sql("SELECT after_state FROM audit_log WHERE entity_type = 'scorecard_qa_calibration'"
                                + " AND entity_id = :v ORDER BY id")
                        .param("v", String.valueOf(vendorId))
                        .query(String.class)
                        .list())
                .hasSize(2)
                .satisfies(states -> {
                    assertThat(states.get(0)).contains("\"applied\":true").contains("\"sessionId\":" + id);
                    assertThat(states.get(1)).contains("\"applied\":false");
                });

        String path = "/api/v1/scorecards/runs/" + run.id() + "/qa-calibration";
        mvc.perform(get(path).with(user(accounts.principal(Role.VENDOR)))).andExpect(status().isOk());
        mvc.perform(get(path).with(user(otherGrader))).andExpect(status().isNotFound());
        mvc.perform(get("/scorecards/runs/" + run.id()).with(user(otherGrader))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/scorecards/vendors/" + vendorId + "/qa-calibration")
                        .with(user(accounts.principal(Role.VENDOR)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applied\":true}"))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/scorecards/runs/" + run.id()).with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-testid=\"qa-calibration\"").contains("January calibration " + tag);
    }

    private double expectedBias(long sessionId, long vendorId) {
        List<double[]> pairs = jdbc.sql("""
                        SELECT g.score, e.score FROM calibration_scores g
                        JOIN calibration_graders gr ON gr.user_id = g.user_id
                        JOIN calibration_items i ON i.id = g.item_id AND i.session_id = gr.session_id
                        JOIN calibration_sessions s ON s.id = i.session_id
                        JOIN calibration_scores e ON e.item_id = g.item_id AND e.user_id = s.expert_user_id
                        WHERE i.session_id = :s AND gr.vendor_id = :v
                        """)
                .param("s", sessionId)
                .param("v", vendorId)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .list();
        return pairs.stream().mapToDouble(p -> p[0] - p[1]).average().orElseThrow();
    }

    @Test
    void aVendorUserSeesItsOwnGradersAndOnlyAnAnonymousDistributionOfOthers() throws Exception {
        long id = newSession();
        scoreAll(id);
        as(accounts.principal(Role.MANAGER), () -> sessions.close(id));
        SessionView v = as(accounts.principal(Role.VENDOR), () -> sessions.session(id));
        assertThat(v.results().alignments())
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.vendor()).isEqualTo(accounts.ownVendor.name()));
        assertThat(v.results().otherGradersMad()).hasSize(1);
        assertThat(v.results().vendors())
                .singleElement()
                .satisfies(x -> assertThat(x.vendorId()).isEqualTo(accounts.ownVendor.id()));
        assertThat(v.otherGraders()).isEqualTo(1);
        assertThat(v.items()).filteredOn(i -> !i.ownVendor()).allSatisfy(i -> {
            assertThat(i.vendorName()).isNull();
            assertThat(i.expertScore()).isNull();
        });
        for (String path : List.of("/api/v1/calibration/sessions/" + id, "/govern/calibration/" + id)) {
            String body = mvc.perform(get(path).with(user(accounts.principal(Role.VENDOR))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body)
                    .as(path)
                    .doesNotContain(accounts.otherVendor.name())
                    .doesNotContain(otherGrader.displayName())
                    .doesNotContain(otherGrader.getUsername());
        }
        String offset = mvc.perform(get("/api/v1/calibration/vendors/" + accounts.otherVendor.id() + "/offset")
                        .with(user(accounts.principal(Role.VENDOR))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(offset).doesNotContain("\"offset\"");
    }

    @Test
    void aBatchWithAScoreOutOfRangeOrScoredTwiceStoresNothing() {
        long id = newSession();
        SessionView view = as(expert, () -> sessions.session(id));
        long a = view.items().get(0).id();
        long b = view.items().get(1).id();
        assertThatThrownBy(() -> as(
                        expert, () -> sessions.score(id, List.of(new ScoreInput(a, 70.0), new ScoreInput(b, 101.0)))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("outside the form's scale 0–100");
        assertThatThrownBy(() ->
                        as(expert, () -> sessions.score(id, List.of(new ScoreInput(a, 70.0), new ScoreInput(a, 71.0)))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already scored");
        assertThat(scoreCount(id)).isZero();
        as(expert, () -> sessions.score(id, List.of(new ScoreInput(a, 70.0))));
        assertThatThrownBy(() ->
                        as(expert, () -> sessions.score(id, List.of(new ScoreInput(b, 60.0), new ScoreInput(a, 75.0)))))
                .isInstanceOf(ConflictException.class);
        assertThat(scoreCount(id)).isEqualTo(1);
        assertThatThrownBy(() ->
                        as(accounts.principal(Role.VIEWER), () -> sessions.score(id, List.of(new ScoreInput(b, 60.0)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long scoreCount(long sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM calibration_scores c JOIN calibration_items i ON i.id = c.item_id"
                        + " WHERE i.session_id = :s")
                .param("s", sessionId)
                .query(Long.class)
                .single();
    }

    @Test
    void aSessionWithOneGraderOrAVendorWithoutGradersIsRefusedAndNothingIsStored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM calibration_sessions")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> as(accounts.principal(Role.MANAGER), () -> sessions.create(input(8, List.of()))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("one grader");
        assertThatThrownBy(() -> as(
                        accounts.principal(Role.MANAGER),
                        () -> sessions.create(
                                input(8, List.of(accounts.principal(Role.VENDOR).id())))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least one grader of " + accounts.otherVendor.name());
        assertThatThrownBy(() -> as(accounts.principal(Role.VENDOR), () -> sessions.create(input(8, List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calibration_sessions")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void closingWithoutEnoughScoresIsRefusedAndTheSessionStaysOpen() {
        long id = newSession();
        assertThatThrownBy(() -> as(accounts.principal(Role.MANAGER), () -> sessions.close(id)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(as(expert, () -> sessions.session(id)).status()).isEqualTo(SessionStatus.OPEN);
    }

    @Test
    void aVendorDisputesTheExpertsScoreOnItsOwnInteractionAndTheClientResolvesItBothAudited() {
        long id = newSession();
        scoreAll(id);
        as(accounts.principal(Role.MANAGER), () -> sessions.close(id));
        SessionView v = as(accounts.principal(Role.VENDOR), () -> sessions.session(id));
        ItemView own =
                v.items().stream().filter(ItemView::ownVendor).findFirst().orElseThrow();
        ItemView foreign =
                v.items().stream().filter(i -> !i.ownVendor()).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(
                        accounts.principal(Role.VENDOR),
                        () -> sessions.dispute(id, new DisputeInput(foreign.id(), "not ours"))))
                .isInstanceOf(CalibrationNotFoundException.class);
        Dispute d = as(
                accounts.principal(Role.VENDOR),
                () -> sessions.dispute(id, new DisputeInput(own.id(), "The agent followed the script")));
        assertThatThrownBy(() -> as(
                        accounts.principal(Role.VENDOR),
                        () -> sessions.dispute(id, new DisputeInput(own.id(), "again"))))
                .isInstanceOf(ConflictException.class);
        Dispute resolved = as(
                accounts.principal(Role.MANAGER),
                () -> sessions.resolve(d.id(), new ResolutionInput(true, own.expertScore() + 4, "Agreed")));
        assertThat(resolved.status()).isEqualTo(DisputeStatus.UPHELD);
        assertThat(as(expert, () -> sessions.session(id)).items().stream()
                        .filter(i -> i.id() == own.id())
                        .findFirst()
                        .orElseThrow()
                        .expertScore())
                .isEqualTo(own.expertScore() + 4);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity_type = 'calibration_dispute' AND entity_id = :id"
                                + " ORDER BY id")
                        .param("id", Long.toString(d.id()))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "UPDATE");
        assertThat(as(accounts.principal(Role.MANAGER), () -> sessions.session(id))
                        .disputes())
                .singleElement()
                .satisfies(x -> assertThat(x.resolvedBy()).isNotNull());
    }
}
