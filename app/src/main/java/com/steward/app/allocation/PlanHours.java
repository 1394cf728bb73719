package com.steward.app.allocation;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.allocation.Handler;
import com.steward.core.allocation.PlanGrid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendors' committed, scheduled and delivered hours of a plan: checked row by row (own vendor only for a VENDOR user,
 * delivered hours from the client only, intervals of the plan, no row twice) before any is stored; audited.
 */
@Component
class PlanHours {

    private final AllocationRepository repository;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    PlanHours(AllocationRepository repository, VendorAccess access, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private AllocationPlanHeader get(long id) {
        return repository.find(id, access.currentScope()).orElseThrow(() -> AllocationNotFoundException.forPlan(id));
    }

    /** Records hours from a CSV file (see {@link AllocationCsv#hours}); all rows or none. Returns the row count. */
    @Transactional
    int recordHoursCsv(long planId, String file, String csv) {
        List<AllocationCsv.HoursRow> rows = AllocationCsv.hours(file, csv);
        return record(planId, file, rows);
    }

    /** Records hours sent through the API; all rows or none. */
    @Transactional
    int recordHours(long planId, List<HoursInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidRequestException("hours", "at least one row");
        }
        List<AllocationCsv.HoursRow> rows = new ArrayList<>();
        int n = 0;
        for (HoursInput in : inputs) {
            n++;
            if (in == null || in.vendor() == null || in.intervalStart() == null) {
                throw new InvalidRequestException("hours", "row " + n + ": vendor and intervalStart are required");
            }
            rows.add(new AllocationCsv.HoursRow(
                    n,
                    in.vendor(),
                    in.intervalStart(),
                    AllocationPlans.optional(in.committedHours()),
                    AllocationPlans.optional(in.scheduledHours()),
                    AllocationPlans.optional(in.deliveredHours()),
                    in.committedHours() != null,
                    in.scheduledHours() != null,
                    in.deliveredHours() != null));
        }
        return record(planId, "request", rows);
    }

    private int record(long planId, String file, List<AllocationCsv.HoursRow> rows) {
        AllocationPlanHeader plan = get(planId);
        VendorScope scope = access.currentScope();
        PlanGrid grid = AllocationPlans.grid(plan);
        Map<String, Long> vendorIds = new LinkedHashMap<>();
        for (StoredHandler h : repository.handlers(planId)) {
            if (h.vendorId() != null) {
                vendorIds.put(h.code(), h.vendorId());
            }
        }
        checkRows(file, rows, vendorIds, scope, grid);
        String actor = access.currentActor();
        for (AllocationCsv.HoursRow r : rows) {
            repository.upsertHours(
                    planId,
                    Objects.requireNonNull(vendorIds.get(r.vendor())),
                    r.start(),
                    new AllocationRepository.HoursChange(
                            r.hasCommitted(),
                            AllocationPlans.value(r.committed()),
                            r.hasScheduled(),
                            AllocationPlans.value(r.scheduled()),
                            r.hasDelivered(),
                            AllocationPlans.value(r.delivered())),
                    actor,
                    clock.instant());
        }
        Map<String, Object> summary = Map.of("file", file, "rows", rows.size());
        Long vendor = rows.isEmpty() ? null : vendorIds.get(rows.getFirst().vendor());
        audit.record(
                AuditAction.UPDATE,
                AllocationPlans.AUDIT_HOURS,
                planId,
                scope.unrestricted() ? null : vendor,
                null,
                summary);
        return rows.size();
    }

    /** Every row checked before any is stored: a vendor of the plan, the caller's own, an interval, not twice. */
    private static void checkRows(
            String file,
            List<AllocationCsv.HoursRow> rows,
            Map<String, Long> vendorIds,
            VendorScope scope,
            PlanGrid grid) {
        Set<String> seen = new HashSet<>();
        for (AllocationCsv.HoursRow r : rows) {
            String where = file + " line " + r.line();
            Long vendorId = vendorIds.get(r.vendor());
            if (vendorId == null) {
                throw new InvalidRequestException(
                        "vendor", where + ", column vendor: " + r.vendor() + " takes no part in this plan");
            }
            if (!scope.permits(vendorId)) {
                throw new InvalidRequestException(
                        "vendor", where + ", column vendor: you may enter hours only for your own vendor");
            }
            if (!scope.unrestricted() && r.hasDelivered()) {
                throw new InvalidRequestException(
                        "delivered_hours",
                        where + ", column delivered_hours: delivered hours are imported by the client, not entered by"
                                + " the vendor");
            }
            if (!grid.contains(r.start())) {
                throw new InvalidRequestException(
                        "interval_start",
                        where + ", column interval_start: " + r.start() + " is not an interval of the plan ("
                                + grid.describe() + ")");
            }
            for (OptionalDouble h : List.of(r.committed(), r.scheduled(), r.delivered())) {
                if (h.isPresent() && h.getAsDouble() > 10_000) {
                    throw new InvalidRequestException("hours", where + ": at most 10,000 hours per interval");
                }
            }
            if (!seen.add(r.vendor() + "@" + r.start())) {
                throw new InvalidRequestException(
                        "interval_start", where + ": " + r.vendor() + " at " + r.start() + " appears twice");
            }
        }
    }

    /** The caller's hours of one vendor and day, every interval of the day (empty where none is stored). */
    List<StoredHours> hoursOfDay(long planId, String vendor, LocalDate day) {
        AllocationPlanHeader plan = get(planId);
        if (day.isBefore(plan.firstDay()) || day.isAfter(plan.lastDay())) {
            throw new InvalidRequestException("day", day + " is outside the plan");
        }
        List<StoredHours> stored = repository.hours(planId, access.currentScope()).stream()
                .filter(h ->
                        h.vendorCode().equals(vendor) && h.start().toLocalDate().equals(day))
                .toList();
        return stored;
    }

    /** Vendor codes of the plan the caller may enter hours for. */
    List<String> enterableVendors(long planId) {
        get(planId);
        VendorScope scope = access.currentScope();
        return repository.handlers(planId).stream()
                .filter(h -> h.vendorId() != null
                        && scope.permits(h.vendorId())
                        && !h.code().equals(Handler.IN_HOUSE))
                .map(StoredHandler::code)
                .toList();
    }
}
