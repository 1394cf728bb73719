package com.steward.app.audit;

import com.steward.app.security.VendorAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Appends to and reads the audit log. There is deliberately no update or delete path: the log is
 * append-only. Callers record inside the same transaction as the change they describe.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final VendorAccess vendorAccess;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, ObjectMapper json, VendorAccess vendorAccess, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.vendorAccess = vendorAccess;
        this.clock = clock;
    }

    /** Records a change made by the current user; {@code before}/{@code after} are serialised to JSON. */
    public void record(
            AuditAction action, String entityType, Object entityId, Long vendorId, Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, vendor_id, before_state, after_state)
                        VALUES (:at, :actor, :action, :type, :id, :vendor, :before, :after)
                        """)
                .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .param("actor", vendorAccess.currentActor())
                .param("action", action.name())
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("vendor", vendorId)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** The newest entries first, at most {@code limit}, optionally of one entity type. */
    public List<AuditEntry> newest(String entityType, int limit) {
        return jdbc.sql("""
                        SELECT id, occurred_at, actor, action, entity_type, entity_id, vendor_id, before_state, after_state
                        FROM audit_log
                        WHERE (CAST(:type AS VARCHAR) IS NULL OR entity_type = :type)
                        ORDER BY id DESC
                        LIMIT :limit
                        """)
                .param("type", entityType == null || entityType.isBlank() ? null : entityType)
                .param("limit", Math.max(1, Math.min(limit, 100_000)))
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        (Long) rs.getObject("vendor_id", Long.class),
                        rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    /** One page of entries matching the query's filters, in its order, with the number matching in all. */
    public AuditPage page(AuditQuery q) {
        String where = """
                WHERE (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)
                  AND (CAST(:type AS VARCHAR) IS NULL OR entity_type = :type)
                  AND (CAST(:action AS VARCHAR) IS NULL OR action = :action)
                  AND (CAST(:fromAt AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= :fromAt)
                  AND (CAST(:toAt AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < :toAt)
                """;
        Map<String, Object> params = new HashMap<>();
        params.put("actor", q.actor());
        params.put("type", q.entityType());
        params.put("action", q.action() == null ? null : q.action().name());
        params.put("fromAt", q.from() == null ? null : q.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        params.put(
                "toAt",
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log " + where)
                .params(params)
                .query(Long.class)
                .single();
        // The order is one of two fixed strings, never user text.
        String order = q.oldestFirst() ? "ORDER BY id ASC" : "ORDER BY id DESC";
        List<AuditEntry> entries = jdbc.sql("""
                        SELECT id, occurred_at, actor, action, entity_type, entity_id, vendor_id, before_state, after_state
                        FROM audit_log
                        """ + where + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", q.size())
                .param("offset", (long) q.page() * q.size())
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        (Long) rs.getObject("vendor_id", Long.class),
                        rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
        return new AuditPage(entries, total, q.page(), q.size());
    }

    /** The actors and entity types present, for the filter lists. */
    public List<String> actors() {
        return jdbc.sql("SELECT DISTINCT actor FROM audit_log ORDER BY actor")
                .query(String.class)
                .list();
    }

    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_log ORDER BY entity_type")
                .query(String.class)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
    }
}
