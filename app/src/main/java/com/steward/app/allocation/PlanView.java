package com.steward.app.allocation;

import com.steward.core.allocation.LineAdherence;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One allocation plan as the caller may see it: a VENDOR user gets only its own handler's rows.
 *
 * @param handlers the visible handlers and their terms
 * @param splits the visible split rows
 * @param days requirement per handler and day
 * @param unallocatedContacts contacts no handler could take (client staff; 0 for a VENDOR user)
 * @param adherence per visible vendor with reported hours or a requirement
 * @param volume allocated vs handled (lake) per visible handler
 * @param billed billed vs delivered hours per visible vendor (client staff only; empty for a VENDOR user)
 * @param notes what the reader must know (phases starting inside the period, lake not covering it …)
 */
public record PlanView(
        AllocationPlanHeader plan,
        List<StoredHandler> handlers,
        List<StoredSplit> splits,
        List<HandlerDay> days,
        double unallocatedContacts,
        List<VendorAdherence> adherence,
        List<HandledVolume> volume,
        List<BilledHours> billed,
        List<String> notes) {

    /** One handler's requirement on one day. */
    public record HandlerDay(
            String handler, LocalDate day, double contacts, int peakAgents, double requiredHours, double peakFte) {}

    /** Line adherence with the period's committed and scheduled totals (null sums when nothing is reported). */
    public record VendorAdherence(
            String vendor, LineAdherence adherence, OptionalDouble committedHours, OptionalDouble scheduledHours) {}

    /**
     * Contacts allocated vs contacts the lake shows routed to the handler (offered) and answered.
     *
     * @param allocatedShare of all allocated contacts (empty for a VENDOR user: others' volumes are not shown)
     * @param offeredShare of all offered contacts in the lake for the plan's queues and regions (idem)
     */
    public record HandledVolume(
            String handler,
            double allocatedContacts,
            OptionalDouble allocatedShare,
            OptionalLong offered,
            OptionalLong answered,
            OptionalDouble offeredShare) {}

    /**
     * Billed productive hours (invoices per productive hour of the months the plan touches) beside delivered ones.
     *
     * @param wholeMonths whether the plan covers those months entirely, the only case the two are comparable
     */
    public record BilledHours(
            String vendor,
            String months,
            OptionalDouble billed,
            OptionalDouble delivered,
            boolean wholeMonths,
            List<Long> contractIds) {

        /** Billed − delivered when comparable. */
        public OptionalDouble difference() {
            return wholeMonths && billed.isPresent() && delivered.isPresent()
                    ? OptionalDouble.of(billed.getAsDouble() - delivered.getAsDouble())
                    : OptionalDouble.empty();
        }
    }
}
