package com.steward.app.keycustomers;

import com.steward.app.security.Role;
import com.steward.app.security.RouteFixture;
import com.steward.app.support.TestAccounts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Key-customer rows for the route × role matrix, inserted directly (a sample needs lake data otherwise). */
public class KeyCustomerFixtures implements RouteFixture {

    /** Inserts a sample of the vendor for January 2026 with one uncalled customer; returns {sample id, call id}. */
    public static long[] insertSample(JdbcClient jdbc, long vendorId, long assigneeId, String customerId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO key_customer_samples (vendor_id, period_month, seed, sample_size, population, strata,
                          lake_generation, created_by, created_at)
                        VALUES (:v, :m, 1, 1, 1, 1, 0, 'fixture', :now)
                        """)
                .param("v", vendorId)
                .param("m", LocalDate.of(2026, 1, 1))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long sample = keys.getKeyAs(Number.class).longValue();
        GeneratedKeyHolder callKeys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO key_customer_calls (sample_id, ordinal, customer_id, queue, region, contacts,
                          assignee_id, follow_up)
                        VALUES (:s, 0, :c, 'billing', 'CA', 1, :a, FALSE)
                        """)
                .param("s", sample)
                .param("c", customerId)
                .param("a", assigneeId)
                .update(callKeys, "id");
        return new long[] {sample, callKeys.getKeyAs(Number.class).longValue()};
    }

    /** {@code {ownSample}}, {@code {otherSample}}, {@code {ownCall}}. */
    @Override
    public Map<String, String> routePlaceholders(ApplicationContext context, TestAccounts accounts) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long analyst = accounts.principal(Role.ANALYST).id();
        long[] own = insertSample(jdbc, accounts.ownVendor.id(), analyst, "route-own-" + System.nanoTime());
        long[] other = insertSample(jdbc, accounts.otherVendor.id(), analyst, "route-other-" + System.nanoTime());
        return Map.of(
                "{ownSample}", Long.toString(own[0]),
                "{otherSample}", Long.toString(other[0]),
                "{ownCall}", Long.toString(own[1]));
    }
}
