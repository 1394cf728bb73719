package com.steward.app.demo;

import com.steward.app.allocation.AllocationPlanHeader;
import com.steward.app.allocation.AllocationPlans;
import com.steward.app.allocation.CreateAllocationPlanCommand;
import com.steward.app.rollout.PlanInput;
import com.steward.app.rollout.TransitionPlans;
import com.steward.app.vendors.Vendor;
import com.steward.app.web.InvalidRequestException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * The demo company's volume allocation: a transition plan moving 40 % of billing in Texas and California to Acme and
 * 30 % of technical support to Bluesky, and an allocation plan for last week (Monday to Sunday before the demo's
 * today, from the application clock) whose splits come from those phases. Both vendors committed and scheduled the
 * hours their share requires (rounded up to the half hour); Acme delivered them, Bluesky fell short on Tuesday to
 * Thursday afternoons (about 70 % of the requirement from 14:00 to 17:30) — visible on the heatmap and in its line
 * adherence.
 */
@Component
class DemoAllocation {

    private static final List<String> REGIONS = List.of("TX", "CA");

    private final AllocationPlans allocations;
    private final TransitionPlans transitions;
    private final Clock clock;

    DemoAllocation(AllocationPlans allocations, TransitionPlans transitions, Clock clock) {
        this.allocations = allocations;
        this.transitions = transitions;
        this.clock = clock;
    }

    void seed(Map<String, Vendor> vendors) {
        DemoActor.as(() -> {
            create(vendors);
            return null;
        });
    }

    private void create(Map<String, Vendor> vendors) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate sunday = monday.plusDays(6);
        transitions.create(new PlanInput(
                vendors.get("acme").id(),
                null,
                "Acme takes a share of billing",
                List.of(new PlanInput.PhaseInput(
                        "Billing TX and CA, 40 %",
                        List.of("billing"), REGIONS, 0.4, monday.minusWeeks(4), monday.plusWeeks(8), List.of()))));
        transitions.create(new PlanInput(
                vendors.get("bluesky").id(),
                null,
                "Bluesky takes a share of technical support",
                List.of(new PlanInput.PhaseInput(
                        "Technical, all regions, 30 %",
                        List.of("technical"), List.of(), 0.3, monday.minusWeeks(2), monday.plusWeeks(10), List.of()))));
        String terms = "handler,aht_seconds,patience_seconds,service_level_percent,answer_seconds,shrinkage_percent\n"
                + "inhouse,,,80,20,32\nacme,330,,80,20,30\nbluesky,,180,80,30,35\n";
        AllocationPlanHeader plan;
        try {
            plan = allocations.create(new CreateAllocationPlanCommand(
                    "Week of " + monday, monday, sunday, 30, forecast(monday), null, terms));
        } catch (InvalidRequestException e) {
            // a database shared with other data may hold phases that conflict with the demo's; the demo still loads,
            // with the same shares given explicitly
            System.out.println("  demo allocation: shares given explicitly (" + e.getMessage() + ")");
            plan = allocations.create(new CreateAllocationPlanCommand(
                    "Week of " + monday, monday, sunday, 30, forecast(monday), explicitSplits(), terms));
        }
        allocations.recordHoursCsv(plan.id(), "demo-hours.csv", hours(allocations.requiredHours(plan.id())));
    }

    private static String explicitSplits() {
        StringBuilder csv = new StringBuilder("queue,region,handler,share_percent\n");
        for (String region : REGIONS) {
            csv.append("billing,")
                    .append(region)
                    .append(",inhouse,60\nbilling,")
                    .append(region)
                    .append(",acme,40\n");
            csv.append("technical,")
                    .append(region)
                    .append(",inhouse,70\ntechnical,")
                    .append(region)
                    .append(",bluesky,30\n");
        }
        return csv.toString();
    }

    /** Contacts per half hour from 07:00 to 21:00, peaking around midday, lower at the weekend. */
    private static String forecast(LocalDate monday) {
        StringBuilder csv = new StringBuilder("queue,region,interval_start,contacts,aht_seconds\n");
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            double weekday = day.getDayOfWeek().getValue() >= 6 ? 0.45 : 1.0;
            for (int slot = 14; slot < 42; slot++) { // 07:00 … 20:30
                double shape = Math.sin(Math.PI * (slot - 13) / 29.0);
                LocalDateTime start = day.atTime(slot / 2, (slot % 2) * 30);
                for (String region : REGIONS) {
                    double scale = region.equals("TX") ? 1.0 : 0.7;
                    line(csv, "billing", region, start, Math.round(70 * scale * weekday * shape), 300);
                    line(csv, "technical", region, start, Math.round(45 * scale * weekday * shape), 480);
                }
            }
        }
        return csv.toString();
    }

    private static void line(
            StringBuilder csv, String queue, String region, LocalDateTime start, long contacts, int aht) {
        csv.append(queue)
                .append(',')
                .append(region)
                .append(',')
                .append(start)
                .append(',')
                .append(contacts)
                .append(',')
                .append(aht)
                .append('\n');
    }

    /** Committed = scheduled = the requirement rounded up to half hours; delivered as described above. */
    private static String hours(Map<String, Map<LocalDateTime, Double>> required) {
        SplittableRandom random = new SplittableRandom(19);
        StringBuilder csv =
                new StringBuilder("vendor,interval_start,committed_hours,scheduled_hours,delivered_hours\n");
        for (var vendor : required.entrySet()) {
            if (vendor.getKey().equals("inhouse")) {
                continue;
            }
            for (var e : vendor.getValue().entrySet()) {
                LocalDateTime start = e.getKey();
                double committed = Math.ceil(e.getValue() * 2) / 2;
                int weekday = start.getDayOfWeek().getValue();
                boolean shortAfternoon = vendor.getKey().equals("bluesky")
                        && weekday >= 2
                        && weekday <= 4
                        && start.getHour() >= 14
                        && start.getHour() < 18;
                double factor = shortAfternoon ? 0.62 + 0.12 * random.nextDouble() : 0.97 + 0.08 * random.nextDouble();
                double delivered = Math.round(committed * factor * 4) / 4.0;
                csv.append(String.format(
                        Locale.ROOT,
                        "%s,%s,%.1f,%.1f,%.2f%n",
                        vendor.getKey(),
                        start,
                        committed,
                        committed,
                        delivered));
            }
        }
        return csv.toString();
    }
}
