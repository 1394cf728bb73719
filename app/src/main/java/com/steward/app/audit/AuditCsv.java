package com.steward.app.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes audit entries as RFC 4180 CSV, neutralising spreadsheet formula prefixes (CSV injection). */
public final class AuditCsv {

    private AuditCsv() {}

    public static void write(List<AuditEntry> entries, Writer out) throws IOException {
        out.write("id,occurred_at,actor,action,entity_type,entity_id,vendor_id,before,after\r\n");
        for (AuditEntry entry : entries) {
            out.write(String.join(
                    ",",
                    Long.toString(entry.id()),
                    entry.occurredAt().toString(),
                    field(entry.actor()),
                    entry.action().name(),
                    field(entry.entityType()),
                    field(entry.entityId()),
                    entry.vendorId() == null ? "" : entry.vendorId().toString(),
                    field(entry.before()),
                    field(entry.after())));
            out.write("\r\n");
        }
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
