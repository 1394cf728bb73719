package com.steward.app.scorecards;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.calibration.CalibrationSessions;
import com.steward.app.security.Roles;
import com.steward.app.security.VendorAccess;
import com.steward.app.vendors.VendorRegister;
import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor-reported QA in scorecards, raw beside calibrated by the vendor's latest closed calibration session. Client
 * managers switch the calibration on or off per vendor (audited); whoever may see a run sees its calibration, so a
 * VENDOR user sees only its own vendor's (another vendor's run answers 404, as the run does).
 */
@Service
public class QaCalibrations {

    static final String AUDIT_SWITCH = "scorecard_qa_calibration";

    private final ScorecardRuns runs;
    private final CalibrationSessions sessions;
    private final QaCalibrationSwitches switches;
    private final VendorRegister vendors;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    QaCalibrations(
            ScorecardRuns runs,
            CalibrationSessions sessions,
            QaCalibrationSwitches switches,
            VendorRegister vendors,
            VendorAccess access,
            AuditLog audit,
            Clock clock) {
        this.runs = runs;
        this.sessions = sessions;
        this.switches = switches;
        this.vendors = vendors;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The run's lines raw and calibrated (scoped as {@link ScorecardRuns#get}). */
    public QaCalibration forRun(long runId) {
        ScorecardRun run = runs.get(runId);
        return QaCalibration.of(run, switches.applied(run.vendorId()), sessions.latestOffset(run.vendorId()));
    }

    /** Whether the vendor's QA is shown calibrated. */
    public boolean applied(long vendorId) {
        return access.currentScope().permits(vendorId) && switches.applied(vendorId);
    }

    /** Switches the vendor's calibrated QA on or off; audited with the before and after state and the session. */
    @PreAuthorize(Roles.MANAGERS)
    @Transactional
    public boolean switchTo(long vendorId, boolean applied) {
        vendors.get(vendorId);
        boolean before = switches.applied(vendorId);
        switches.set(vendorId, applied, access.currentActor(), clock.instant());
        Object session = sessions.latestOffset(vendorId)
                .<Object>map(o -> Map.of("sessionId", o.sessionId(), "offset", o.offset()))
                .orElse("none");
        audit.record(
                AuditAction.UPDATE,
                AUDIT_SWITCH,
                vendorId,
                vendorId,
                Map.of("applied", before),
                Map.of("applied", applied, "session", session));
        return applied;
    }
}
