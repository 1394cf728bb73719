package com.steward.app.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What an audited change changed, readable: the fields whose values differ between the before and after JSON
 * snapshots, nested fields as dotted paths ({@code address.city}, {@code offers[0].price}); a created entity lists
 * its fields with no before, a deleted one with no after.
 */
public final class AuditDiff {

    /** One changed field; a missing side is null. */
    public record Change(String field, String before, String after) {}

    private AuditDiff() {}

    public static List<Change> of(String beforeJson, String afterJson, ObjectMapper json) {
        Map<String, String> before = flatten(beforeJson, json);
        Map<String, String> after = flatten(afterJson, json);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String b = before.get(field);
            String a = after.get(field);
            if (b == null ? a != null : !b.equals(a)) {
                changes.add(new Change(field, b, a));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(String text, ObjectMapper json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try {
            flatten("", json.readTree(text), out);
        } catch (JacksonException e) {
            out.put("(value)", text);
        }
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
            if (node.isEmpty()) {
                out.put(path, "[]");
            }
        } else if (!node.isNull()) {
            out.put(path.isEmpty() ? "(value)" : path, node.asString());
        }
    }
}
