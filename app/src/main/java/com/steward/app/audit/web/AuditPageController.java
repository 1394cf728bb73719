package com.steward.app.audit.web;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditCsv;
import com.steward.app.audit.AuditDiff;
import com.steward.app.audit.AuditEntry;
import com.steward.app.audit.AuditLog;
import com.steward.app.audit.AuditPage;
import com.steward.app.audit.AuditQuery;
import com.steward.app.lists.Pager;
import com.steward.app.security.Roles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/** The audit log page and its CSV export. */
@Controller
@PreAuthorize(Roles.MANAGERS)
class AuditPageController {

    private final AuditLog audit;
    private final ObjectMapper json;

    AuditPageController(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/audit")
    String page(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable AuditAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false, defaultValue = "newest") String sort,
            @RequestParam(required = false, defaultValue = "0") int page,
            Model model) {
        AuditQuery query =
                new AuditQuery(actor, type, action, from, to, "oldest".equals(sort), page, AuditQuery.DEFAULT_SIZE);
        AuditPage result = audit.page(query);
        model.addAttribute("result", result);
        Map<String, @Nullable String> kept = new LinkedHashMap<>();
        kept.put("actor", query.actor());
        kept.put("type", query.entityType());
        kept.put("action", query.action() == null ? null : query.action().name());
        kept.put("from", query.from() == null ? null : query.from().toString());
        kept.put("to", query.to() == null ? null : query.to().toString());
        kept.put("sort", "oldest".equals(sort) ? "oldest" : "newest");
        model.addAttribute(
                "pager", new Pager("/audit", withoutBlanks(kept), result.page(), result.size(), result.total()));
        model.addAttribute("query", query);
        model.addAttribute(
                "changes",
                result.entries().stream()
                        .collect(Collectors.toMap(
                                AuditEntry::id, e -> AuditDiff.of(e.before(), e.after(), json), (a, b) -> a)));
        model.addAttribute("type", type);
        model.addAttribute("sort", "oldest".equals(sort) ? "oldest" : "newest");
        model.addAttribute("actors", audit.actors());
        model.addAttribute("types", audit.entityTypes());
        model.addAttribute("actions", AuditAction.values());
        return "audit/list";
    }

    private static Map<String, String> withoutBlanks(Map<String, @Nullable String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    @GetMapping("/audit.csv")
    void csv(@RequestParam(required = false) @Nullable String type, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"steward-audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        AuditCsv.write(audit.newest(type, 100_000), response.getWriter());
    }
}
