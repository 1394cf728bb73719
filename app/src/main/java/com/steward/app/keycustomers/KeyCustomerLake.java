package com.steward.app.keycustomers;

import com.steward.analytics.queries.LakeQueries;
import com.steward.analytics.queries.LakeRow;
import com.steward.app.lake.InteractionLake;
import com.steward.app.lake.LakeResult;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Reads the lake for key customers who contacted a vendor in a month ({@code contacted-key-customers.sql}) and for
 * candidate key accounts ({@code frequent-customers.sql}), both in {@code analytics}' lake queries, through the lake
 * gateway (cached per lake generation). Months are calendar months in UTC, as the KPI definitions' default zone.
 */
@Component
class KeyCustomerLake {

    private final InteractionLake lake;

    KeyCustomerLake(InteractionLake lake) {
        this.lake = lake;
    }

    /** The population and the lake generation it was read from. */
    record Population(List<ContactedCustomer> customers, long generation) {}

    Population contacted(String vendorCode, YearMonth month, Collection<String> keyCustomerIds) {
        if (keyCustomerIds.isEmpty()) {
            return new Population(new ArrayList<>(), lake.generation());
        }
        LakeResult result = lake.query(LakeQueries.contactedKeyCustomers(
                vendorCode, start(month), start(month.plusMonths(1)), keyCustomerIds));
        List<ContactedCustomer> out = new ArrayList<>();
        for (LakeRow row : result.rows()) {
            out.add(new ContactedCustomer(
                    Objects.requireNonNull(row.string("customer_id")),
                    row.string("queue"),
                    row.string("region"),
                    row.intValue("contacts")));
        }
        return new Population(out, result.generation());
    }

    /** The identified customers with the most contacts with outsourced vendors, most first. */
    List<String> frequentCustomers(int limit) {
        List<String> out = new ArrayList<>();
        for (LakeRow row : lake.query(LakeQueries.frequentCustomers(limit)).rows()) {
            out.add(Objects.requireNonNull(row.string("customer_id")));
        }
        return out;
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
