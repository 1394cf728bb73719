package com.steward.app.ingest.web;

import com.steward.analytics.feeds.UnknownInteractions;
import com.steward.analytics.ingest.ImportPolicy;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.ImportOutcome;
import com.steward.app.ingest.ImportStatus;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.Policies;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.security.Roles;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports over REST: upload a file (runs synchronously), list and read import records. VENDOR may not. */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize(Roles.ANALYSTS)
@Tag(name = "Imports", description = "Interaction records and customer events into the lake")
class ImportApiController {

    private final Imports imports;
    private final VendorAccess access;

    ImportApiController(Imports imports, VendorAccess access) {
        this.imports = imports;
        this.access = access;
    }

    @PostMapping
    @Operation(
            summary = "Import a CSV or Parquet file",
            description = "201 with the import record when rows were stored; 400 with the record and the first"
                    + " rejection reasons when the file was rejected or unreadable (then nothing was stored)")
    ResponseEntity<?> upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dataset", defaultValue = "interactions") String dataset,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "policy", defaultValue = "reject-file") String policy,
            @RequestParam(name = "source", required = false) String source,
            @RequestParam(name = "unknown", defaultValue = "reject") String unknown) {
        var unknownPolicy = unknownPolicy(unknown);
        StartImportCommand command =
                withUnknown(command(imports, access, file, dataset, mapping, policy, source), unknownPolicy);
        ImportOutcome outcome = imports.importNow(command, null);
        DataImport record = outcome.record();
        URI location = URI.create("/api/v1/imports/" + record.id());
        if (record.status() == ImportStatus.COMMITTED) {
            return ResponseEntity.created(location).body(view(outcome));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, record.message() == null ? "The file was not imported" : record.message());
        problem.setTitle(record.status() == ImportStatus.FAILED ? "Import failed" : "Import rejected");
        problem.setInstance(location);
        problem.setProperty("import", record);
        problem.setProperty("rejects", outcome.rejects());
        return ResponseEntity.badRequest()
                .location(location)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping
    @Operation(summary = "The newest imports first")
    List<DataImport> list(@RequestParam(name = "limit", defaultValue = "100") int limit) {
        return imports.newest(limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import, with the first rejection reasons while the server remembers them")
    Map<String, Object> get(@PathVariable long id) {
        return view(new ImportOutcome(imports.get(id), imports.rejects(id)));
    }

    private static Map<String, Object> view(ImportOutcome outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("import", outcome.record());
        body.put("rejects", outcome.rejects());
        return body;
    }

    /** Validates the upload's parameters and saves the file; shared with the page controller. */
    static StartImportCommand command(
            Imports imports,
            VendorAccess access,
            MultipartFile file,
            String dataset,
            String mapping,
            String policy,
            String source) {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "Choose a non-empty CSV or Parquet file to upload");
        }
        Dataset kind;
        try {
            kind = Dataset.fromKey(dataset);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("dataset", e.getMessage());
        }
        var parsedPolicy = parsePolicy(policy);
        if (source != null && source.length() > 128) {
            throw new InvalidRequestException("source", "The source is at most 128 characters");
        }
        Path saved;
        try (InputStream in = file.getInputStream()) {
            saved = imports.saveUpload(file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "The upload cannot be read: " + e.getMessage());
        }
        return new StartImportCommand(kind, saved, mapping, parsedPolicy, source, access.currentActor());
    }

    /**
     * A feed's (surveys, QA) policy for rows whose interaction is not in the lake: {@code reject} or {@code keep};
     * ignored for interactions and customer events. Parsed before the upload is saved.
     */
    static UnknownInteractions unknownPolicy(String unknown) {
        try {
            return UnknownInteractions.parse(unknown);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("unknown", e.getMessage());
        }
    }

    static StartImportCommand withUnknown(StartImportCommand command, UnknownInteractions unknown) {
        return new StartImportCommand(
                command.dataset(),
                command.file(),
                command.mappingName(),
                command.policy(),
                command.source(),
                command.importedBy(),
                unknown);
    }

    private static ImportPolicy parsePolicy(String policy) {
        try {
            return Policies.parse(policy);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("policy", e.getMessage());
        }
    }
}
