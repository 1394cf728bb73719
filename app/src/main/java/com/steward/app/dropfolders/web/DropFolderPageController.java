package com.steward.app.dropfolders.web;

import com.steward.app.dropfolders.DropFolderSource;
import com.steward.app.dropfolders.DropFolders;
import com.steward.app.dropfolders.SaveDropFolderCommand;
import com.steward.app.ingest.ColumnMappings;
import com.steward.app.security.Roles;
import com.steward.app.web.InvalidRequestException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The drop-folder page: sources with schedule, last and next run, result and alert; add, edit, disable, run now. */
@Controller
@PreAuthorize(Roles.ANALYSTS)
class DropFolderPageController {

    private final DropFolders folders;
    private final ColumnMappings mappings;

    DropFolderPageController(DropFolders folders, ColumnMappings mappings) {
        this.folders = folders;
        this.mappings = mappings;
    }

    @GetMapping("/govern/drop-folders")
    String list(@RequestParam(name = "edit", required = false) @Nullable Long edit, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", edit == null ? blank() : form(folders.get(edit)));
        }
        if (!model.containsAttribute("editing")) {
            model.addAttribute("editing", edit);
        }
        Map<Long, Instant> next = new HashMap<>();
        var all = folders.all();
        all.forEach(s -> folders.nextRun(s).ifPresent(at -> next.put(s.id(), at)));
        model.addAttribute("sources", all);
        model.addAttribute("nextRuns", next);
        model.addAttribute("root", folders.root().toString());
        model.addAttribute("mappings", mappings.all());
        return "dropfolders/list";
    }

    @PostMapping("/govern/drop-folders")
    String create(@ModelAttribute("form") Form form, Model model, RedirectAttributes redirect) {
        return save(null, form, model, redirect);
    }

    @PostMapping("/govern/drop-folders/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") Form form, Model model, RedirectAttributes redirect) {
        folders.get(id);
        return save(id, form, model, redirect);
    }

    @PostMapping("/govern/drop-folders/{id}/run")
    String run(@PathVariable long id, RedirectAttributes redirect) {
        DropFolders.RunOutcome outcome = folders.runNow(id);
        redirect.addFlashAttribute("notice", folders.get(id).name() + ": " + outcome.result());
        return "redirect:/govern/drop-folders";
    }

    private String save(@Nullable Long id, Form form, Model model, RedirectAttributes redirect) {
        try {
            DropFolderSource saved = folders.save(id, form.command());
            redirect.addFlashAttribute("notice", "Saved drop folder " + saved.name());
            return "redirect:/govern/drop-folders";
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("editing", id);
            return list(id, model);
        }
    }

    private static Form blank() {
        Form form = new Form();
        form.setPattern("*.csv");
        form.setDataset("interactions");
        form.setPolicy("reject-file");
        form.setSchedule("0 */15 * * * *");
        form.setStaleAfterDays(2);
        form.setEnabled(true);
        return form;
    }

    private static Form form(DropFolderSource s) {
        Form form = new Form();
        form.setName(s.name());
        form.setFolder(s.folder());
        form.setPattern(s.pattern());
        form.setMappingName(s.mappingName());
        form.setDataset(s.dataset());
        form.setPolicy(s.policy());
        form.setSchedule(s.schedule());
        form.setStaleAfterDays(s.staleAfterDays());
        form.setEnabled(s.enabled());
        return form;
    }

    /** The form's fields (a bean for Spring's binding); an unchecked "enabled" box sends nothing = disabled. */
    public static final class Form {
        private @Nullable String name;
        private @Nullable String folder;
        private @Nullable String pattern;
        private @Nullable String mappingName;
        private @Nullable String dataset;
        private @Nullable String policy;
        private @Nullable String schedule;
        private @Nullable Integer staleAfterDays;
        private boolean enabled;

        SaveDropFolderCommand command() {
            return new SaveDropFolderCommand(
                    name, folder, pattern, mappingName, dataset, policy, schedule, staleAfterDays, enabled);
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getFolder() {
            return folder;
        }

        public void setFolder(@Nullable String folder) {
            this.folder = folder;
        }

        public @Nullable String getPattern() {
            return pattern;
        }

        public void setPattern(@Nullable String pattern) {
            this.pattern = pattern;
        }

        public @Nullable String getMappingName() {
            return mappingName;
        }

        public void setMappingName(@Nullable String mappingName) {
            this.mappingName = mappingName;
        }

        public @Nullable String getDataset() {
            return dataset;
        }

        public void setDataset(@Nullable String dataset) {
            this.dataset = dataset;
        }

        public @Nullable String getPolicy() {
            return policy;
        }

        public void setPolicy(@Nullable String policy) {
            this.policy = policy;
        }

        public @Nullable String getSchedule() {
            return schedule;
        }

        public void setSchedule(@Nullable String schedule) {
            this.schedule = schedule;
        }

        public @Nullable Integer getStaleAfterDays() {
            return staleAfterDays;
        }

        public void setStaleAfterDays(@Nullable Integer staleAfterDays) {
            this.staleAfterDays = staleAfterDays;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
