package com.steward.app.monitoring;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorAccess;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's operational alerts: raised by the data's plumbing (drop folders), once while unresolved for the same
 * origin, kind and link, e-mailed when raised, acknowledged and resolved by people (audited). A vendor's user sees
 * none: they concern the client's own data feeds.
 */
@Service
public class OperationalAlerts {

    static final String AUDIT_TYPE = "monitoring_operational_alert";

    private final OperationalAlertRepository alerts;
    private final AlertMailer mailer;
    private final VendorAccess access;
    private final AuditLog audit;
    private final Clock clock;

    OperationalAlerts(
            OperationalAlertRepository alerts, AlertMailer mailer, VendorAccess access, AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.mailer = mailer;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Raises the alert and e-mails it, unless one of the same origin, kind and link is still unresolved; returns the
     * new alert, or empty when it was already raised.
     */
    @Transactional
    public Optional<OperationalAlert> raise(RaiseOperationalAlert command) {
        if (alerts.unresolved(command.origin(), command.kind(), command.link())) {
            return Optional.empty();
        }
        long id = alerts.insert(command);
        String mail = mailer.sendText(
                "Steward: " + command.origin() + " " + command.kind(), command.message() + "\n\nSee " + command.link());
        alerts.notification(id, mail);
        OperationalAlert raised = get(id);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, null, null, raised);
        return Optional.of(raised);
    }

    /** Resolves the unresolved alerts of this origin and kind as the system: the condition has cleared. */
    @Transactional
    public int clear(String origin, String kind, String note) {
        List<OperationalAlert> open = alerts.unresolved(origin, kind);
        for (OperationalAlert alert : open) {
            alerts.resolve(alert.id(), "system", clock.instant(), note);
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, alert.id(), null, alert, get(alert.id()));
        }
        return open.size();
    }

    /** The alerts the caller may see, newest first: none for a vendor's user. */
    public List<OperationalAlert> list(Optional<AlertStatus> status) {
        return access.currentScope().unrestricted() ? alerts.list(status) : List.of();
    }

    public OperationalAlert alert(long id) {
        if (!access.currentScope().unrestricted()) {
            throw AlertNotFoundException.forId(id);
        }
        return get(id);
    }

    @Transactional
    public OperationalAlert acknowledge(long id, @Nullable String note) {
        OperationalAlert before = alert(id);
        alerts.acknowledge(id, access.currentActor(), clock.instant(), blankToNull(note));
        OperationalAlert after = get(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, null, before, after);
        return after;
    }

    @Transactional
    public OperationalAlert resolve(long id, @Nullable String note) {
        OperationalAlert before = alert(id);
        alerts.resolve(id, access.currentActor(), clock.instant(), blankToNull(note));
        OperationalAlert after = get(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, null, before, after);
        return after;
    }

    private OperationalAlert get(long id) {
        return alerts.find(id).orElseThrow(() -> AlertNotFoundException.forId(id));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
