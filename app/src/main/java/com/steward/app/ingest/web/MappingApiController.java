package com.steward.app.ingest.web;

import com.steward.analytics.ingest.MappingPresets;
import com.steward.app.ingest.ColumnMappings;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.MappingEditor;
import com.steward.app.ingest.MappingPreview;
import com.steward.app.ingest.MappingSample;
import com.steward.app.ingest.MappingSamples;
import com.steward.app.ingest.SaveMappingCommand;
import com.steward.app.ingest.SavedMapping;
import com.steward.app.security.Roles;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Column mappings over REST: list, read, save (validated as {@code steward mapping save}), delete, and the editor's
 * preview of a mapping on an uploaded sample. VENDOR may not.
 */
@RestController
@RequestMapping("/api/v1/mappings")
@PreAuthorize(Roles.ANALYSTS)
@Tag(name = "Mappings", description = "Column mappings of foreign exports, and their preview on a sample")
class MappingApiController {

    /** A mapping's text, e.g. {@code column.interaction_id=CallID} one key a line (docs/data.md). */
    record MappingBody(String properties) {}

    /** The saved mappings and the shipped presets' names ({@code preset:<name>}). */
    record MappingList(List<SavedMapping> mappings, List<String> presets) {}

    private final ColumnMappings mappings;
    private final MappingSamples samples;
    private final MappingEditor editor;

    MappingApiController(ColumnMappings mappings, MappingSamples samples, MappingEditor editor) {
        this.mappings = mappings;
        this.samples = samples;
        this.editor = editor;
    }

    @GetMapping
    @Operation(summary = "The saved mappings by name, and the presets")
    MappingList list() {
        return new MappingList(
                mappings.all(),
                MappingPresets.NAMES.stream()
                        .map(p -> MappingPresets.PREFIX + p)
                        .toList());
    }

    @GetMapping("/{name}")
    @Operation(summary = "One saved mapping with its text as saved")
    SavedMapping get(@PathVariable String name) {
        return mappings.find(name).orElseThrow(() -> new NotFoundException("No column mapping '" + name + "'"));
    }

    @PutMapping("/{name}")
    @Operation(
            summary = "Create or replace a mapping",
            description = "400 with every problem and its line when the text is refused; nothing is stored then")
    SavedMapping save(@PathVariable String name, @RequestBody MappingBody body) {
        if (body.properties() == null || body.properties().isBlank()) {
            throw new InvalidRequestException("properties", "properties (the mapping's text) is required");
        }
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new InvalidRequestException("name", "A mapping's name uses letters, digits, . _ - (≤ 128)");
        }
        return mappings.save(new SaveMappingCommand(name, body.properties()));
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Delete a mapping (past imports keep its name)")
    ResponseEntity<Void> delete(@PathVariable String name) {
        mappings.delete(name);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/preview")
    @Operation(
            summary = "Map a sample with a mapping's text and return the first rows, the rejected and filtered rows and"
                    + " the columns not reported; stores nothing",
            description = "The sample is bounded as in the editor (default 8 MB, 100,000 rows; the head of a larger"
                    + " text file is kept). The text's problems are listed with their lines; it is not saved.")
    MappingPreview preview(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "properties", required = false) @Nullable String properties,
            @RequestParam(name = "mapping", required = false) @Nullable String mapping,
            @RequestParam(name = "dataset", defaultValue = "interactions") String dataset,
            @RequestParam(name = "rows", defaultValue = "20") int rows) {
        String text = properties != null ? properties : mapping != null ? textOf(mapping) : null;
        if (text == null) {
            throw new InvalidRequestException("properties", "Give the mapping's text (properties) or a name (mapping)");
        }
        Dataset kind;
        try {
            kind = Dataset.fromKey(dataset);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("dataset", e.getMessage());
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "Upload a non-empty sample (file)");
        }
        MappingSample sample;
        try (InputStream in = file.getInputStream()) {
            sample = samples.save(file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "The sample cannot be read: " + e.getMessage());
        }
        return editor.preview(text, kind, sample, rows);
    }

    private String textOf(String name) {
        if (MappingPresets.isPreset(name)) {
            return MappingPresets.text(name)
                    .orElseThrow(() -> new InvalidRequestException("mapping", "No preset '" + name + "'"));
        }
        return get(name).properties();
    }
}
