package com.steward.app.keycustomers;

import com.steward.app.database.SqlValues;
import com.steward.app.security.VendorScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to key accounts, samples and calls; sample reads take the caller's vendor scope. */
@Repository
class KeyCustomerRepository {

    private static final String SAMPLE_COLUMNS = """
            s.id, s.vendor_id, v.code AS vendor_code, v.name AS vendor_name, s.period_month, s.seed, s.sample_size,
            s.population, s.strata, s.lake_generation, s.created_by, s.created_at
            """;

    private final JdbcClient jdbc;

    KeyCustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- key accounts ---

    List<KeyAccount> accounts() {
        return jdbc.sql("SELECT * FROM key_accounts ORDER BY name, customer_id")
                .query((rs, n) -> account(rs))
                .list();
    }

    Optional<KeyAccount> account(long id) {
        return jdbc.sql("SELECT * FROM key_accounts WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> account(rs))
                .optional();
    }

    Optional<KeyAccount> accountByCustomer(String customerId) {
        return jdbc.sql("SELECT * FROM key_accounts WHERE customer_id = :c")
                .param("c", customerId)
                .query((rs, n) -> account(rs))
                .optional();
    }

    List<String> keyCustomerIds() {
        return jdbc.sql("SELECT customer_id FROM key_accounts")
                .query(String.class)
                .list();
    }

    long insertAccount(KeyAccountInput in, String actor, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO key_accounts (customer_id, name, tier, account_owner, created_by, created_at,
                          updated_at)
                        VALUES (:c, :name, :tier, :owner, :actor, :now, :now)
                        """)
                .param("c", in.customerId())
                .param("name", in.name())
                .param("tier", in.tier().name())
                .param("owner", in.accountOwner())
                .param("actor", actor)
                .param("now", SqlValues.utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateAccount(long id, KeyAccountInput in, Instant now) {
        jdbc.sql("UPDATE key_accounts SET name = :name, tier = :tier, account_owner = :owner, updated_at = :now"
                        + " WHERE id = :id")
                .param("id", id)
                .param("name", in.name())
                .param("tier", in.tier().name())
                .param("owner", in.accountOwner())
                .param("now", SqlValues.utc(now))
                .update();
    }

    void deleteAccount(long id) {
        jdbc.sql("DELETE FROM key_accounts WHERE id = :id").param("id", id).update();
    }

    // --- samples ---

    List<KeyCustomerSample> samples(VendorScope scope) {
        return jdbc.sql("SELECT " + SAMPLE_COLUMNS + " FROM key_customer_samples s JOIN vendors v ON v.id = s.vendor_id"
                        + " WHERE " + scope.sqlCondition("s.vendor_id") + " ORDER BY s.period_month DESC, v.name")
                .query((rs, n) -> sample(rs, List.of()))
                .list();
    }

    Optional<KeyCustomerSample> sample(long id, VendorScope scope) {
        return jdbc.sql("SELECT " + SAMPLE_COLUMNS + " FROM key_customer_samples s JOIN vendors v ON v.id = s.vendor_id"
                        + " WHERE s.id = :id AND " + scope.sqlCondition("s.vendor_id"))
                .param("id", id)
                .query((rs, n) -> sample(rs, calls(id)))
                .optional();
    }

    Optional<Long> sampleOf(long vendorId, YearMonth month) {
        return jdbc.sql("SELECT id FROM key_customer_samples WHERE vendor_id = :v AND period_month = :m")
                .param("v", vendorId)
                .param("m", month.atDay(1))
                .query(Long.class)
                .optional();
    }

    long insertSample(
            long vendorId,
            YearMonth month,
            long seed,
            int sampleSize,
            int population,
            int strata,
            long generation,
            String actor,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO key_customer_samples (vendor_id, period_month, seed, sample_size, population, strata,
                          lake_generation, created_by, created_at)
                        VALUES (:v, :m, :seed, :size, :population, :strata, :generation, :actor, :now)
                        """)
                .param("v", vendorId)
                .param("m", month.atDay(1))
                .param("seed", seed)
                .param("size", sampleSize)
                .param("population", population)
                .param("strata", strata)
                .param("generation", generation)
                .param("actor", actor)
                .param("now", SqlValues.utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertCall(long sampleId, int ordinal, ContactedCustomer customer, long assigneeId) {
        jdbc.sql("""
                        INSERT INTO key_customer_calls (sample_id, ordinal, customer_id, queue, region, contacts,
                          assignee_id, follow_up)
                        VALUES (:s, :o, :c, :q, :r, :contacts, :a, FALSE)
                        """)
                .param("s", sampleId)
                .param("o", ordinal)
                .param("c", customer.customerId())
                .param("q", customer.queue())
                .param("r", customer.region())
                .param("contacts", customer.contacts())
                .param("a", assigneeId)
                .update();
    }

    List<KeyCustomerCall> calls(long sampleId) {
        return jdbc.sql(CALL_SELECT + " WHERE c.sample_id = :s ORDER BY c.ordinal")
                .param("s", sampleId)
                .query((rs, n) -> call(rs))
                .list();
    }

    Optional<KeyCustomerCall> call(long callId) {
        return jdbc.sql(CALL_SELECT + " WHERE c.id = :id")
                .param("id", callId)
                .query((rs, n) -> call(rs))
                .optional();
    }

    void recordOutcome(long callId, OutcomeInput in, String actor, Instant now) {
        jdbc.sql("""
                        UPDATE key_customer_calls SET outcome = :outcome, satisfaction = :satisfaction,
                          feedback = :feedback, follow_up = :follow, recorded_by = :actor, recorded_at = :now
                        WHERE id = :id
                        """)
                .param("id", callId)
                .param("outcome", in.outcome().name())
                .param("satisfaction", in.satisfaction())
                .param("feedback", in.feedback())
                .param("follow", Boolean.TRUE.equals(in.followUp()))
                .param("actor", actor)
                .param("now", SqlValues.utc(now))
                .update();
    }

    private static final String CALL_SELECT = """
            SELECT c.*, k.name AS customer_name, k.tier, u.display_name AS assignee_name
            FROM key_customer_calls c
            LEFT JOIN key_accounts k ON k.customer_id = c.customer_id
            JOIN users u ON u.id = c.assignee_id
            """;

    private static KeyCustomerCall call(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        String tier = rs.getString("tier");
        return new KeyCustomerCall(
                rs.getLong("id"),
                rs.getLong("sample_id"),
                rs.getInt("ordinal"),
                rs.getString("customer_id"),
                rs.getString("customer_name"),
                tier == null ? null : Tier.valueOf(tier),
                rs.getString("queue"),
                rs.getString("region"),
                rs.getInt("contacts"),
                rs.getLong("assignee_id"),
                rs.getString("assignee_name"),
                outcome == null ? null : CallOutcome.valueOf(outcome),
                SqlValues.integer(rs, "satisfaction"),
                rs.getString("feedback"),
                rs.getBoolean("follow_up"),
                rs.getString("recorded_by"),
                SqlValues.instant(rs, "recorded_at"));
    }

    private static KeyCustomerSample sample(ResultSet rs, List<KeyCustomerCall> calls) throws SQLException {
        LocalDate month = SqlValues.date(rs, "period_month");
        return new KeyCustomerSample(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("vendor_code"),
                rs.getString("vendor_name"),
                YearMonth.from(month).toString(),
                rs.getLong("seed"),
                rs.getInt("sample_size"),
                rs.getInt("population"),
                rs.getInt("strata"),
                rs.getLong("lake_generation"),
                rs.getString("created_by"),
                SqlValues.instant(rs, "created_at"),
                calls);
    }

    private static KeyAccount account(ResultSet rs) throws SQLException {
        return new KeyAccount(
                rs.getLong("id"),
                rs.getString("customer_id"),
                rs.getString("name"),
                Tier.valueOf(rs.getString("tier")),
                rs.getString("account_owner"),
                SqlValues.instant(rs, "created_at"),
                SqlValues.instant(rs, "updated_at"));
    }
}
