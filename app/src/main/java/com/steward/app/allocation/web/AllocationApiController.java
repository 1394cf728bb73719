package com.steward.app.allocation.web;

import com.steward.app.allocation.AllocationPlanHeader;
import com.steward.app.allocation.AllocationPlans;
import com.steward.app.allocation.CreateAllocationPlanCommand;
import com.steward.app.allocation.Heatmap;
import com.steward.app.allocation.HoursInput;
import com.steward.app.allocation.PlanView;
import com.steward.app.security.Roles;
import com.steward.core.allocation.IntervalCoverage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Volume allocation API. Every role reads the plans its vendor takes part in (client staff: all), cut to its own
 * vendor's rows; client staff who edit (ADMIN, MANAGER, ANALYST) create plans; they and a VENDOR user (for its own
 * vendor, committed and scheduled hours only) record hours.
 */
@RestController
@RequestMapping("/api/v1/allocation")
@Tag(name = "Allocation", description = "Volume allocation across in-house and vendors, hours and line adherence")
class AllocationApiController {

    private final AllocationPlans plans;

    AllocationApiController(AllocationPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    @Operation(summary = "Allocation plans visible to the caller")
    List<AllocationPlanHeader> list() {
        return plans.visiblePlans();
    }

    @PostMapping("/plans")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(
            summary = "Create a plan from its CSV files",
            description = "forecastCsv queue,region,interval_start,contacts,aht_seconds; optional splitsCsv"
                    + " queue,region,handler,share_percent,cap_contacts (segments without rows take the transition"
                    + " phases' shares); optional handlersCsv handler,aht_seconds,patience_seconds,"
                    + "service_level_percent,answer_seconds,shrinkage_percent. 400 names file, line and column.")
    ResponseEntity<AllocationPlanHeader> create(@RequestBody CreateAllocationPlanCommand command) {
        AllocationPlanHeader created = plans.create(command);
        return ResponseEntity.created(URI.create("/api/v1/allocation/plans/" + created.id()))
                .body(created);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "The plan: terms, splits, daily requirement, adherence, handled volume, billed vs delivered")
    PlanView get(@PathVariable long id) {
        return plans.view(id);
    }

    @GetMapping("/plans/{id}/heatmap")
    @Operation(summary = "Over/under-allocation per vendor × day × interval on COMMITTED, SCHEDULED or DELIVERED hours")
    Heatmap heatmap(@PathVariable long id, @RequestParam(defaultValue = "SCHEDULED") IntervalCoverage.Basis basis) {
        return plans.heatmap(id, basis);
    }

    @PutMapping("/plans/{id}/hours")
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    @Operation(
            summary = "Record hours per vendor and interval; null fields are left as they were",
            description =
                    "A VENDOR user records committed and scheduled hours of its own vendor only. All rows or none.")
    Map<String, Integer> hours(@PathVariable long id, @RequestBody HoursBatch batch) {
        return Map.of("rows", plans.recordHours(id, batch == null ? List.of() : batch.rows()));
    }

    /** The body of {@code PUT …/hours}: {@code {"rows": [...]}}. */
    record HoursBatch(List<HoursInput> rows) {}

    @PostMapping("/plans/{id}/hours.csv")
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    @Operation(
            summary =
                    "Record hours from CSV vendor,interval_start[,committed_hours][,scheduled_hours][,delivered_hours]")
    Map<String, Integer> hoursCsv(@PathVariable long id, @RequestBody(required = false) String csv) {
        // an absent body is refused by the facade as an empty file, after the role check above
        return Map.of("rows", plans.recordHoursCsv(id, "hours.csv", csv == null ? "" : csv));
    }
}
