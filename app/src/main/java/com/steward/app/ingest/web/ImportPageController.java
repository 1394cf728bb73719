package com.steward.app.ingest.web;

import com.steward.app.ingest.ColumnMappings;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.security.Roles;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import pages: upload (runs in the background; the page polls a progress fragment every 500 ms until the
 * report replaces it), past imports, rejected rows as CSV, and the saved column mappings. Client analysts,
 * managers and administrators only.
 */
@Controller
@PreAuthorize(Roles.ANALYSTS)
class ImportPageController {

    static final String EXAMPLE_MAPPING = """
            # A foreign ACD export: semicolon-separated, local time, separate date and time columns
            delimiter=;
            timeZone=Europe/Berlin
            timestampFormat=%d.%m.%Y %H:%M:%S
            column.interaction_id=CallID
            datetime.arrived_at=Date,Time
            column.answered_at=Answered
            column.ended_at=Ended
            column.handle_seconds=HandleTime
            constant.handled_by=acme
            constant.channel=voice
            column.queue=Skill
            column.region=State
            column.transferred=Outcome
            code.transferred.XFER=true
            code.transferred.AGENT=false
            code.transferred.HANG=false
            """;

    private final Imports imports;
    private final ColumnMappings mappings;
    private final VendorAccess access;

    ImportPageController(Imports imports, ColumnMappings mappings, VendorAccess access) {
        this.imports = imports;
        this.mappings = mappings;
        this.access = access;
    }

    @GetMapping("/govern/imports")
    String list(Model model) {
        return listPage(model);
    }

    @PostMapping("/govern/imports")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dataset", defaultValue = "interactions") String dataset,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "policy", defaultValue = "reject-file") String policy,
            @RequestParam(name = "source", required = false) String source,
            @RequestParam(name = "unknown", defaultValue = "reject") String unknown,
            Model model,
            HttpServletResponse response) {
        DataImport started;
        try {
            var unknownPolicy = ImportApiController.unknownPolicy(unknown);
            StartImportCommand command = ImportApiController.withUnknown(
                    ImportApiController.command(imports, access, file, dataset, mapping, policy, source),
                    unknownPolicy);
            started = imports.startInBackground(command);
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
            return listPage(model);
        }
        return "redirect:/govern/imports/" + started.id();
    }

    @GetMapping("/govern/imports/{id}")
    String show(@PathVariable long id, Model model) {
        progressModel(id, model);
        return "ingest/show";
    }

    @GetMapping("/govern/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        progressModel(id, model);
        return "ingest/fragments/progress :: progress";
    }

    @GetMapping("/govern/imports/{id}/rejects.csv")
    ResponseEntity<Resource> rejects(@PathVariable long id) {
        Path file = imports.rejectsCsv(id)
                .orElseThrow(() -> new NotFoundException("Import " + id + " has no rejected rows"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-rejects.csv\"")
                .body(new FileSystemResource(file));
    }

    private String listPage(Model model) {
        model.addAttribute("imports", imports.newest(50));
        model.addAttribute("mappings", mappings.all());
        return "ingest/list";
    }

    private void progressModel(long id, Model model) {
        DataImport record = imports.get(id);
        model.addAttribute("record", record);
        model.addAttribute("live", imports.progress(id).orElse(null));
        model.addAttribute("rejects", imports.rejects(id));
        model.addAttribute(
                "hasRejectsCsv", record.finished() && imports.rejectsCsv(id).isPresent());
    }
}
