package com.steward.app.audit.web;

import com.steward.app.audit.AuditCsv;
import com.steward.app.audit.AuditLog;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page and its CSV export. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String type, Model model) {
        model.addAttribute("entries", audit.newest(type, 500));
        model.addAttribute("type", type);
        return "audit/list";
    }

    @GetMapping("/audit.csv")
    void csv(@RequestParam(required = false) String type, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"steward-audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        AuditCsv.write(audit.newest(type, 100_000), response.getWriter());
    }
}
