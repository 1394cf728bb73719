package com.steward.app.dropfolders.web;

import com.steward.app.dropfolders.DropFolderSource;
import com.steward.app.dropfolders.DropFolders;
import com.steward.app.dropfolders.SaveDropFolderCommand;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Drop folders over REST: list, create, replace, run now. The client's data work: VENDOR and VIEWER may not. */
@RestController
@RequestMapping("/api/v1/drop-folders")
@PreAuthorize(Roles.ANALYSTS)
@Tag(name = "Drop folders", description = "Folders polled on a cron; each new file imported once")
class DropFolderApiController {

    private final DropFolders folders;

    DropFolderApiController(DropFolders folders) {
        this.folders = folders;
    }

    @GetMapping
    @Operation(summary = "Every drop folder with its last and next run, last result and open alert")
    List<Map<String, Object>> list() {
        return folders.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One drop folder with the newest 100 files of its ledger")
    Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> body = view(folders.get(id));
        body.put("files", folders.files(id, 100));
        return body;
    }

    @PostMapping
    @Operation(summary = "Create a drop folder (400 with the field when invalid)")
    ResponseEntity<Map<String, Object>> create(@RequestBody SaveDropFolderCommand command) {
        DropFolderSource saved = folders.save(null, command);
        return ResponseEntity.created(URI.create("/api/v1/drop-folders/" + saved.id()))
                .body(view(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a drop folder's settings (enabled=false disables it)")
    Map<String, Object> replace(@PathVariable long id, @RequestBody SaveDropFolderCommand command) {
        return view(folders.save(id, command));
    }

    @PostMapping("/{id}/run")
    @Operation(summary = "Run the drop folder now, whatever its schedule")
    DropFolders.RunOutcome run(@PathVariable long id) {
        return folders.runNow(id);
    }

    private Map<String, Object> view(DropFolderSource source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", source);
        body.put("nextRun", folders.nextRun(source).orElse(null));
        return body;
    }
}
