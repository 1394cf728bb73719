package com.steward.app.calibration;

import com.steward.app.security.Role;
import com.steward.app.security.RouteFixture;
import com.steward.app.support.TestAccounts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Calibration rows for the route × role matrix, inserted directly (a real session needs lake data). */
public class CalibrationFixtures implements RouteFixture {

    /** A session row with its vendors; returns its id. */
    static long insertSession(JdbcClient jdbc, long expertId, String status, long... vendorIds) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO calibration_sessions (name, form_name, scale_min, scale_max, period_from, period_to,
                          seed, population, lake_generation, expert_user_id, status, created_by, created_at)
                        VALUES ('Fixture session', 'Fixture form', 0, 100, :from, :to, 1, 10, 0, :expert, :status,
                          'fixture', :now)
                        """)
                .param("from", LocalDate.of(2026, 1, 1))
                .param("to", LocalDate.of(2026, 1, 31))
                .param("expert", expertId)
                .param("status", status)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (long v : vendorIds) {
            jdbc.sql("INSERT INTO calibration_session_vendors (session_id, vendor_id, population, reported_qa,"
                            + " reported_qa_n) VALUES (:s, :v, 5, 80, 5)")
                    .param("s", id)
                    .param("v", v)
                    .update();
        }
        grader(jdbc, id, expertId, null);
        return id;
    }

    static void grader(JdbcClient jdbc, long sessionId, long userId, Long vendorId) {
        jdbc.sql("INSERT INTO calibration_graders (session_id, user_id, vendor_id) VALUES (:s, :u, :v)")
                .param("s", sessionId)
                .param("u", userId)
                .param("v", vendorId)
                .update();
    }

    static long item(JdbcClient jdbc, long sessionId, int ordinal, long vendorId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO calibration_items (session_id, ordinal, source, interaction_id, vendor_id, channel,
                          queue, arrived_at, vendor_qa)
                        VALUES (:s, :o, 'fixture', :iid, :v, 'voice', 'billing', :at, 80)
                        """)
                .param("s", sessionId)
                .param("o", ordinal)
                .param("iid", "fx-" + sessionId + "-" + ordinal)
                .param("v", vendorId)
                .param("at", OffsetDateTime.of(2026, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    static void score(JdbcClient jdbc, long itemId, long userId, double score) {
        jdbc.sql("INSERT INTO calibration_scores (item_id, user_id, score, scored_at) VALUES (:i, :u, :s, :at)")
                .param("i", itemId)
                .param("u", userId)
                .param("s", score)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /**
     * {@code {ownSession}} (open; own + other vendor; the VENDOR user grades), {@code {otherSession}} (open; the
     * other vendor only), {@code {closableSession}}, {@code {closedSession}} (closed, scored), {@code {ownItem}} and
     * {@code {ownClosedItem}} (the own vendor's), {@code {openDispute}}.
     */
    @Override
    public Map<String, String> routePlaceholders(ApplicationContext context, TestAccounts accounts) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long expert = accounts.principal(Role.ANALYST).id();
        long vendorUser = accounts.principal(Role.VENDOR).id();
        long admin = accounts.principal(Role.ADMIN).id();
        long own = accounts.ownVendor.id();
        long other = accounts.otherVendor.id();

        long ownSession = insertSession(jdbc, expert, "OPEN", own, other);
        grader(jdbc, ownSession, vendorUser, own);
        long ownItem = item(jdbc, ownSession, 1, own);
        item(jdbc, ownSession, 2, other);

        long otherSession = insertSession(jdbc, expert, "OPEN", other);
        grader(jdbc, otherSession, admin, other);
        item(jdbc, otherSession, 1, other);

        long closable = insertSession(jdbc, expert, "OPEN", own);
        grader(jdbc, closable, vendorUser, own);

        long closed = insertSession(jdbc, expert, "CLOSED", own);
        grader(jdbc, closed, vendorUser, own);
        List<Long> items = new ArrayList<>();
        double[][] scores = {{70, 75}, {80, 86}, {60, 63}, {90, 95}};
        for (int i = 0; i < scores.length; i++) {
            long id = item(jdbc, closed, i + 1, own);
            items.add(id);
            score(jdbc, id, expert, scores[i][0]);
            score(jdbc, id, vendorUser, scores[i][1]);
        }
        long otherClosed = insertSession(jdbc, expert, "CLOSED", other);
        grader(jdbc, otherClosed, admin, other);
        for (int i = 0; i < scores.length; i++) {
            long id = item(jdbc, otherClosed, i + 1, other);
            score(jdbc, id, expert, scores[i][0]);
            score(jdbc, id, admin, scores[i][1] + 3);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO calibration_disputes (item_id, vendor_id, reason, raised_by, raised_at, status,
                          old_score)
                        VALUES (:i, :v, 'fixture', 'fixture', :at, 'OPEN', 70)
                        """)
                .param("i", items.get(0))
                .param("v", own)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return Map.of(
                "{ownSession}", Long.toString(ownSession),
                "{otherSession}", Long.toString(otherSession),
                "{closableSession}", Long.toString(closable),
                "{closedSession}", Long.toString(closed),
                "{ownItem}", Long.toString(ownItem),
                "{ownClosedItem}", Long.toString(items.get(1)),
                "{openDispute}", Long.toString(keys.getKeyAs(Number.class).longValue()));
    }
}
