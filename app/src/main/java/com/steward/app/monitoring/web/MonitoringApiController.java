package com.steward.app.monitoring.web;

import com.steward.app.monitoring.Alert;
import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.CheckOutcome;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.monitoring.OperationalAlert;
import com.steward.app.monitoring.OperationalAlerts;
import com.steward.app.monitoring.WeeklyChart;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SPC charts and alerts over REST; a VENDOR user sees its own vendor's only (others: 404). */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monitoring", description = "EWMA control charts per vendor × metric, alerts only on signals")
class MonitoringApiController {

    private final Monitoring monitoring;
    private final OperationalAlerts operations;

    MonitoringApiController(Monitoring monitoring, OperationalAlerts operations) {
        this.monitoring = monitoring;
        this.operations = operations;
    }

    /** An optional note on acknowledging or resolving. */
    record NoteRequest(@Nullable String note) {}

    @GetMapping("/alerts")
    @Operation(summary = "Alerts, newest week first, optionally by status (OPEN, ACKNOWLEDGED, RESOLVED)")
    List<Alert> alerts(@RequestParam(required = false) @Nullable AlertStatus status) {
        return monitoring.alerts(status);
    }

    @GetMapping("/alerts/{id}")
    @Operation(summary = "One alert")
    Alert alert(@PathVariable long id) {
        return monitoring.alert(id);
    }

    @PostMapping("/alerts/{id}/acknowledge")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Acknowledge an alert (audited)")
    Alert acknowledge(@PathVariable long id, @RequestBody(required = false) @Nullable NoteRequest request) {
        return monitoring.acknowledge(id, request == null ? null : request.note());
    }

    @PostMapping("/alerts/{id}/resolve")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Resolve an alert (audited)")
    Alert resolve(@PathVariable long id, @RequestBody(required = false) @Nullable NoteRequest request) {
        return monitoring.resolve(id, request == null ? null : request.note());
    }

    @GetMapping("/operations")
    @PreAuthorize(Roles.STAFF)
    @Operation(
            summary =
                    "Operational alerts (a drop-folder run failed or rejected too many rows, a source is late), newest"
                            + " first, optionally by status; each links to its run")
    List<OperationalAlert> operations(@RequestParam(required = false) @Nullable AlertStatus status) {
        return operations.list(Optional.ofNullable(status));
    }

    @PostMapping("/operations/{id}/acknowledge")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Acknowledge an operational alert (audited)")
    OperationalAlert acknowledgeOperational(
            @PathVariable long id, @RequestBody(required = false) @Nullable NoteRequest request) {
        return operations.acknowledge(id, request == null ? null : request.note());
    }

    @PostMapping("/operations/{id}/resolve")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Resolve an operational alert (audited)")
    OperationalAlert resolveOperational(
            @PathVariable long id, @RequestBody(required = false) @Nullable NoteRequest request) {
        return operations.resolve(id, request == null ? null : request.note());
    }

    @PostMapping("/check")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(
            summary = "Chart every vendor's weekly series and raise alerts on new signals",
            description = "EWMA λ = 0.2, L = 3 by default, in-control mean from the first 13 weeks; new alerts are "
                    + "e-mailed when spring.mail.host is set.")
    CheckOutcome check() {
        return monitoring.check();
    }

    @GetMapping("/charts/{vendorCode}/{metricId}")
    @Operation(summary = "One vendor's weekly EWMA chart of one metric, with control limits")
    WeeklyChart chart(@PathVariable String vendorCode, @PathVariable String metricId) {
        return monitoring.chart(vendorCode, metricId);
    }
}
