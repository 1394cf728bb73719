package com.steward.app.allocation;

import com.steward.app.contracts.ContractFixtures;
import com.steward.app.security.Role;
import com.steward.app.security.RouteFixture;
import com.steward.app.support.TestAccounts;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Allocation plans the tests share, created through the real facade. Dates lie in 2041 and queues carry a unique
 * suffix, so transition phases of other tests in the same database never cover them.
 */
public class AllocationFixtures implements RouteFixture {

    static final LocalDate DAY = LocalDate.of(2041, 3, 4);

    /** A unique queue name. */
    static String queue(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Two 30-minute intervals of {@code queue}/TX at 09:00 and 09:30 on {@link #DAY}. */
    static String forecast(String queue, double contacts, double aht) {
        return "queue,region,interval_start,contacts,aht_seconds\n"
                + queue + ",TX," + DAY + "T09:00," + contacts + "," + aht + "\n"
                + queue + ",TX," + DAY + "T09:30," + contacts + "," + aht + "\n";
    }

    /** One-day plan of {@code queue}/TX split in-house / {@code vendor} by the given percentages. */
    static CreateAllocationPlanCommand plan(String queue, String vendor, double vendorPercent) {
        return new CreateAllocationPlanCommand(
                "Plan " + queue,
                DAY,
                DAY,
                30,
                forecast(queue, 100, 180),
                "queue,region,handler,share_percent\n" + queue + ",TX,inhouse," + (100 - vendorPercent) + "\n" + queue
                        + ",TX," + vendor + "," + vendorPercent + "\n",
                null);
    }

    /**
     * {@code {allocOwnPlan}} (in-house and the VENDOR user's vendor), {@code {allocOtherPlan}} (in-house and the
     * other vendor only), {@code {allocOwnCode}}, {@code {allocDay}}.
     */
    @Override
    public Map<String, String> routePlaceholders(ApplicationContext context, TestAccounts accounts) {
        AllocationPlans plans = context.getBean(AllocationPlans.class);
        return ContractFixtures.as(accounts, Role.MANAGER, () -> {
            AllocationPlanHeader own = plans.create(plan(queue("route"), accounts.ownVendor.code(), 40));
            AllocationPlanHeader other = plans.create(plan(queue("route"), accounts.otherVendor.code(), 40));
            return Map.of(
                    "{allocOwnPlan}", Long.toString(own.id()),
                    "{allocOtherPlan}", Long.toString(other.id()),
                    "{allocOwnCode}", accounts.ownVendor.code(),
                    "{allocDay}", DAY.toString());
        });
    }
}
