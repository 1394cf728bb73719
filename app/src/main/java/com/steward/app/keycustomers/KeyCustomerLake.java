package com.steward.app.keycustomers;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.LakeSnapshot;
import com.steward.app.ingest.InteractionLake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the lake for key customers who contacted a vendor in a month ({@code contacted-key-customers.sql}) and for
 * candidate key accounts ({@code frequent-customers.sql}): the SQL lives in those two files only. Months are calendar months in UTC, as the KPI definitions' default zone.
 */
@Component
class KeyCustomerLake {

    static final String SQL = load("contacted-key-customers.sql");

    static final String FREQUENT = load("frequent-customers.sql");

    private final InteractionLake lake;

    KeyCustomerLake(InteractionLake lake) {
        this.lake = lake;
    }

    /** The population and the lake generation it was read from. */
    record Population(List<ContactedCustomer> customers, long generation) {}

    Population contacted(String vendorCode, YearMonth month, Collection<String> keyCustomerIds) {
        LakeSnapshot snapshot = lake.lake().snapshot();
        List<ContactedCustomer> out = new ArrayList<>();
        if (keyCustomerIds.isEmpty()) {
            return new Population(out, snapshot.generation());
        }
        try (Connection connection = DuckDb.open(ZoneId.of("UTC"))) {
            DuckDb.execute(connection, "CREATE TEMP TABLE key_customer_ids (customer_id VARCHAR PRIMARY KEY)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO key_customer_ids VALUES (?)")) {
                for (String id : keyCustomerIds) {
                    insert.setString(1, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            String sql = SQL.replace("{interactions}", snapshot.duckDbRelation(LakeDataset.INTERACTIONS))
                    .replace("{key_accounts}", "key_customer_ids");
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, vendorCode);
                query.setObject(2, month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
                query.setObject(3, month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ContactedCustomer(
                                rs.getString("customer_id"),
                                rs.getString("queue"),
                                rs.getString("region"),
                                rs.getInt("contacts")));
                    }
                }
            }
            return new Population(out, snapshot.generation());
        } catch (SQLException e) {
            throw new LakeException("key-customer query failed: " + e.getMessage(), e);
        }
    }

    /** The identified customers with the most contacts with outsourced vendors, most first. */
    List<String> frequentCustomers(int limit) {
        LakeSnapshot snapshot = lake.lake().snapshot();
        List<String> out = new ArrayList<>();
        try (Connection connection = DuckDb.open(ZoneId.of("UTC"));
                PreparedStatement query = connection.prepareStatement(
                        FREQUENT.replace("{interactions}", snapshot.duckDbRelation(LakeDataset.INTERACTIONS)))) {
            query.setInt(1, limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LakeException("frequent-customer query failed: " + e.getMessage(), e);
        }
    }

    private static String load(String name) {
        try (InputStream in = KeyCustomerLake.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
