package com.steward.app.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.contracts.ContractFixtures;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.relationship.HealthComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.NullUnmarked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pulse surveys and the health index end to end, on H2 and PostgreSQL by the two subclasses: answers are anonymous
 * and counted once, results appear only at the minimum group size after closing, a VENDOR user answers only its own
 * vendor's vendor-side survey and never sees another vendor's, and the index equals a hand computation from
 * inserted meetings, promises, escalations and survey answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@NullUnmarked // test code: NullAway checks the production code of this package
abstract class RelationshipScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    PulseSurveys surveys;

    @Autowired
    RelationshipHealth health;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    <T> T as(Role role, java.util.function.Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }

    private PulseSurvey open(long vendorId, SurveyDirection direction, String quarter, Integer min) {
        return as(
                Role.MANAGER, () -> surveys.create(RelationshipFixtures.openSurvey(vendorId, direction, quarter, min)));
    }

    private void answerAs(Role role, long surveyId, int score) throws Exception {
        mvc.perform(post("/api/v1/relationship/surveys/" + surveyId + "/answers")
                        .with(user(accounts.principal(role)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RelationshipFixtures.answerJson(score)))
                .andExpect(status().isNoContent());
    }

    @Test
    void answersAreStoredApartFromWhoAnsweredAndOnlyOnce() throws Exception {
        PulseSurvey survey = open(accounts.ownVendor.id(), SurveyDirection.CLIENT_ABOUT_VENDOR, "2026-Q1", null);
        answerAs(Role.ANALYST, survey.id(), 4);
        mvc.perform(post("/api/v1/relationship/surveys/" + survey.id() + "/answers")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RelationshipFixtures.answerJson(1)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You have already answered this survey"));
        assertThat(count("pulse_answers", survey.id())).isEqualTo(1);
        assertThat(count("pulse_participation", survey.id())).isEqualTo(1);
        // The answers table has nothing that points at a person or a moment.
        List<String> columns = jdbc
                .sql("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = 'pulse_answers'")
                .query(String.class)
                .list()
                .stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        assertThat(columns).contains("survey_id", "trust", "comment_text");
        assertThat(columns)
                .noneMatch(c -> c.contains("user")
                        || c.contains("by")
                        || c.endsWith("_at")
                        || c.contains("time")
                        || c.contains("date"));
        // The first answer (4) stands; the refused second one changed nothing.
        assertThat(jdbc.sql("SELECT trust FROM pulse_answers WHERE survey_id = :s")
                        .param("s", survey.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(as(Role.ANALYST, () -> surveys.hasAnswered(survey.id()))).isTrue();
        assertThat(as(Role.MANAGER, () -> surveys.hasAnswered(survey.id()))).isFalse();
    }

    @Test
    void resultsStayHiddenBelowTheMinimumGroupAndWhileOpen() throws Exception {
        PulseSurvey small = open(accounts.ownVendor.id(), SurveyDirection.CLIENT_ABOUT_VENDOR, "2026-Q1", 3);
        answerAs(Role.ADMIN, small.id(), 5);
        answerAs(Role.MANAGER, small.id(), 4);
        as(Role.MANAGER, () -> surveys.close(small.id()));
        mvc.perform(get("/api/v1/relationship/surveys/" + small.id() + "/results")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shown").value(false))
                .andExpect(jsonPath("$.responses").value(2))
                .andExpect(jsonPath("$.hiddenReason").value("2 responses, results hidden until 3"))
                .andExpect(jsonPath("$.dimensions").isEmpty())
                .andExpect(jsonPath("$.comments").isEmpty())
                .andExpect(jsonPath("$.overallMean").doesNotExist());
        mvc.perform(get("/govern/relationship/surveys/" + small.id()).with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("2 responses, results hidden until 3")));

        PulseSurvey full = open(accounts.ownVendor.id(), SurveyDirection.CLIENT_ABOUT_VENDOR, "2025-Q4", 3);
        answerAs(Role.ADMIN, full.id(), 5);
        answerAs(Role.MANAGER, full.id(), 4);
        answerAs(Role.ANALYST, full.id(), 3);
        SurveyResults whileOpen = as(Role.VIEWER, () -> surveys.results(full.id()));
        assertThat(whileOpen.shown()).isFalse();
        assertThat(whileOpen.hiddenReason()).contains("when the survey closes");
        as(Role.MANAGER, () -> surveys.close(full.id()));
        mvc.perform(get("/api/v1/relationship/surveys/" + full.id() + "/results")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shown").value(true))
                .andExpect(jsonPath("$.responses").value(3))
                .andExpect(jsonPath("$.overallMean").value(4.0))
                .andExpect(jsonPath("$.score").value(75.0))
                .andExpect(jsonPath("$.dimensions[0].id").value("communication"))
                .andExpect(jsonPath("$.dimensions[0].distribution[2]").value(1))
                .andExpect(jsonPath("$.dimensions[0].distribution[3]").value(1))
                .andExpect(jsonPath("$.dimensions[0].distribution[4]").value(1))
                .andExpect(jsonPath("$.comments.length()").value(3));
        // Answers after closing are refused.
        mvc.perform(post("/api/v1/relationship/surveys/" + full.id() + "/answers")
                        .with(user(accounts.principal(Role.VIEWER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RelationshipFixtures.answerJson(2)))
                .andExpect(status().isConflict());
    }

    @Test
    void surveysRefuseBadInputWithTheFieldAndStoreNothing() throws Exception {
        long before =
                jdbc.sql("SELECT COUNT(*) FROM pulse_surveys").query(Long.class).single();
        assertThatThrownBy(() -> open(accounts.ownVendor.id(), SurveyDirection.CLIENT_ABOUT_VENDOR, "2026-Q1", 2))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("between 3");
        mvc.perform(post("/api/v1/relationship/surveys")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vendorId\":" + accounts.ownVendor.id()
                                + ",\"direction\":\"CLIENT_ABOUT_VENDOR\",\"quarter\":\"2026-5\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quarter"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pulse_surveys")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        PulseSurvey survey = open(accounts.ownVendor.id(), SurveyDirection.CLIENT_ABOUT_VENDOR, "2026-Q1", null);
        mvc.perform(post("/api/v1/relationship/surveys/" + survey.id() + "/answers")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\":{\"communication\":6}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communication"));
        assertThat(count("pulse_participation", survey.id())).isZero();
        assertThat(count("pulse_answers", survey.id())).isZero();
    }

    @Test
    void aVendorAnswersOnlyItsOwnVendorSideSurveyAndNeverSeesAnotherVendor() throws Exception {
        PulseSurvey ownVendorSide = open(accounts.ownVendor.id(), SurveyDirection.VENDOR_ABOUT_CLIENT, "2026-Q1", null);
        PulseSurvey ownClientSide = open(accounts.ownVendor.id(), SurveyDirection.CLIENT_ABOUT_VENDOR, "2026-Q1", null);
        PulseSurvey otherVendorSide =
                open(accounts.otherVendor.id(), SurveyDirection.VENDOR_ABOUT_CLIENT, "2026-Q1", null);
        var vendor = user(accounts.principal(Role.VENDOR));
        answerAs(Role.VENDOR, ownVendorSide.id(), 4);
        mvc.perform(post("/api/v1/relationship/surveys/" + ownClientSide.id() + "/answers")
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RelationshipFixtures.answerJson(4)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/relationship/surveys/" + ownVendorSide.id() + "/answers")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RelationshipFixtures.answerJson(4)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/relationship/surveys/" + otherVendorSide.id() + "/answers")
                        .with(vendor)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RelationshipFixtures.answerJson(4)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/relationship/surveys/" + otherVendorSide.id()).with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/relationship/surveys/" + otherVendorSide.id() + "/results")
                        .with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/govern/relationship/surveys/" + otherVendorSide.id()).with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/relationship/vendors/" + accounts.otherVendor.id() + "/health")
                        .with(vendor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/govern/relationship/vendors/" + accounts.otherVendor.id())
                        .with(vendor))
                .andExpect(status().isNotFound());
        // Its own surveys of both directions, and nothing of the other vendor, in lists.
        mvc.perform(get("/api/v1/relationship/surveys").with(vendor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(
                        jsonPath("$[*].vendorId").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is((int)
                                accounts.ownVendor.id()))));
        mvc.perform(get("/api/v1/relationship/health").with(vendor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].vendorId").value(accounts.ownVendor.id()));
        mvc.perform(get("/api/v1/key-customers/accounts").with(vendor)).andExpect(status().isForbidden());
        mvc.perform(get("/govern/key-customers").with(vendor)).andExpect(status().isForbidden());
    }

    @Test
    void theHealthIndexEqualsAHandComputation() {
        long v = accounts.ownVendor.id();
        // 2025-Q4: meetings 3 held of 4 (one cancelled) → 75; a meeting planned in the future does not count.
        meeting(v, "2025-10-07T09:00:00Z", "HELD");
        meeting(v, "2025-11-04T09:00:00Z", "HELD");
        meeting(v, "2025-12-02T09:00:00Z", "CANCELLED");
        meeting(v, "2025-12-16T09:00:00Z", "HELD");
        meeting(v, "2099-01-05T09:00:00Z", "PLANNED");
        // Promises due in Q4: kept on time twice, kept late once, broken once → 2 of 4 = 50.
        promise(v, "VENDOR", "2025-10-15", "KEPT", "2025-10-14");
        promise(v, "CLIENT", "2025-11-15", "KEPT", "2025-11-15");
        promise(v, "VENDOR", "2025-12-01", "KEPT", "2025-12-09");
        promise(v, "CLIENT", "2025-12-20", "BROKEN", null);
        // Two escalations (and a rework entry, which is no escalation) → 100 · exp(−2/3).
        ledger(v, "2025-10-01", "ESCALATION");
        ledger(v, "2025-11-01", "ESCALATION");
        ledger(v, "2025-11-01", "REWORK");
        // Client survey: three answer all 4, two all 5 → mean 4.4 → 85. Vendor survey: five answer 3 → 50.
        long client = closedSurvey(v, SurveyDirection.CLIENT_ABOUT_VENDOR, "2025-Q4");
        answers(client, 4, 4, 4, 5, 5);
        long vendorSide = closedSurvey(v, SurveyDirection.VENDOR_ABOUT_CLIENT, "2025-Q4");
        answers(vendorSide, 3, 3, 3, 3, 3);
        // 2026-Q1: only a vendor-side survey below its minimum group (hidden, so not used) and one held meeting.
        long hidden = closedSurvey(v, SurveyDirection.VENDOR_ABOUT_CLIENT, "2026-Q1");
        answers(hidden, 1, 1);
        meeting(v, "2026-01-13T09:00:00Z", "HELD");

        List<QuarterHealth> history = as(Role.VIEWER, () -> health.history(v));
        assertThat(history).extracting(QuarterHealth::quarter).containsExactly("2025-Q4", "2026-Q1");
        QuarterHealth q4 = history.getFirst();
        double escalations = 100 * Math.exp(-2.0 / 3);
        double expected = (30 * 85 + 15 * 50 + 25 * 50 + 15 * 75 + 15 * escalations) / 100;
        assertThat(q4.index()).isCloseTo(expected, within(1e-9));
        assertThat(q4.used()).containsExactly(HealthComponent.values());
        assertThat(q4.component(HealthComponent.CLIENT_SURVEY).score()).isCloseTo(85, within(1e-9));
        assertThat(q4.component(HealthComponent.PROMISES).basis()).isEqualTo("2 of 4 promises kept on time");
        assertThat(q4.component(HealthComponent.MEETINGS).basis()).isEqualTo("3 of 4 scheduled meetings held");
        assertThat(q4.component(HealthComponent.ESCALATIONS).score()).isCloseTo(escalations, within(1e-9));
        // Only meetings in Q1: the index is that component alone, with weight 1.
        QuarterHealth q1 = history.getLast();
        assertThat(q1.index()).isCloseTo(100.0, within(1e-9));
        assertThat(q1.used()).containsExactly(HealthComponent.MEETINGS);
        assertThat(q1.component(HealthComponent.MEETINGS).weight()).isCloseTo(1.0, within(1e-12));
        assertThat(q1.component(HealthComponent.VENDOR_SURVEY).score()).isNull();

        var row = as(Role.VIEWER, () -> health.overview()).stream()
                .filter(r -> r.vendorId() == v)
                .findFirst()
                .orElseThrow();
        assertThat(row.latest().quarter()).isEqualTo("2026-Q1");
        assertThat(row.previous().index()).isCloseTo(expected, within(1e-9));
        assertThat(row.scorecardScore()).isNull();
    }

    @Test
    void aVendorWithoutGovernanceRecordsHasNoIndexAndAPageThatSaysSo() throws Exception {
        assertThat(as(Role.VIEWER, () -> health.history(accounts.ownVendor.id())))
                .isEmpty();
        mvc.perform(get("/govern/relationship/vendors/" + accounts.ownVendor.id())
                        .with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No health index yet")));
        mvc.perform(get("/govern/relationship").with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(accounts.ownVendor.name())));
    }

    private long count(String table, long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE survey_id = :s")
                .param("s", surveyId)
                .query(Long.class)
                .single();
    }

    private long closedSurvey(long vendorId, SurveyDirection direction, String quarter) {
        var q = com.steward.core.calendar.Quarter.parse(quarter);
        return as(
                        Role.MANAGER,
                        () -> surveys.create(new SurveyInput(
                                vendorId,
                                direction,
                                quarter,
                                q.start(),
                                q.start().plusDays(20),
                                5)))
                .id();
    }

    /** Inserts answers directly (the survey is closed): every dimension gets the respondent's score. */
    private void answers(long surveyId, int... scores) {
        for (int score : scores) {
            jdbc.sql("""
                            INSERT INTO pulse_answers (id, survey_id, communication, trust, responsiveness, courtesy,
                              promise_keeping, cultural_fit, change_handling)
                            VALUES (:id, :s, :v, :v, :v, :v, :v, :v, :v)
                            """)
                    .param("id", UUID.randomUUID().toString())
                    .param("s", surveyId)
                    .param("v", score)
                    .update();
        }
    }

    private void meeting(long vendorId, String at, String status) {
        OffsetDateTime when = OffsetDateTime.parse(at);
        jdbc.sql("""
                        INSERT INTO review_meetings (vendor_id, kind, title, scheduled_at, duration_minutes, status,
                          held_at, created_by, created_at, updated_at)
                        VALUES (:v, 'MONTHLY_REVIEW', 'Review', :at, 60, :status, :held, 'test', :now, :now)
                        """)
                .param("v", vendorId)
                .param("at", when)
                .param("status", status)
                .param("held", "HELD".equals(status) ? when : null)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private void promise(long vendorId, String side, String due, String status, String keptOn) {
        jdbc.sql("""
                        INSERT INTO review_promises (vendor_id, what, promised_by, side, made_on, due_date, status,
                          kept_on, created_by, created_at, updated_by, updated_at)
                        VALUES (:v, 'Promise', 'someone', :side, :made, :due, :status, :kept, 'test', :now, 'test', :now)
                        """)
                .param("v", vendorId)
                .param("side", side)
                .param("made", LocalDate.parse(due).minusDays(30))
                .param("due", LocalDate.parse(due))
                .param("status", status)
                .param("kept", keptOn == null ? null : LocalDate.parse(keptOn))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private void ledger(long vendorId, String month, String category) {
        jdbc.sql("""
                        INSERT INTO hidden_cost_entries (vendor_id, period_month, category, amount, description,
                          created_by, created_at)
                        VALUES (:v, :m, :c, 100, 'entry', 'test', :now)
                        """)
                .param("v", vendorId)
                .param("m", LocalDate.parse(month))
                .param("c", category)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
