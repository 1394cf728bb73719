package com.steward.app.audit.web;

import com.steward.app.audit.AuditEntry;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over REST, newest first. */
@RestController
@PreAuthorize(Roles.MANAGERS)
@Tag(name = "Audit", description = "Append-only log of changes to business data")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Newest audit entries, optionally of one entity type")
    List<AuditEntry> newest(
            @RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "100") int limit) {
        return audit.newest(type, limit);
    }
}
