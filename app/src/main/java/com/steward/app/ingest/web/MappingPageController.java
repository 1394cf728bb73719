package com.steward.app.ingest.web;

import com.steward.analytics.ingest.MappingPresets;
import com.steward.app.ingest.ColumnMappings;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.MappingEditor;
import com.steward.app.ingest.MappingSample;
import com.steward.app.ingest.MappingSamples;
import com.steward.app.ingest.SaveMappingCommand;
import com.steward.app.ingest.SavedMapping;
import com.steward.app.security.Roles;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mapping editor: upload a sample once, pick a preset or a saved mapping or type one, and see the mapped rows,
 * the rejected and filtered rows and the columns not reported while typing (htmx posts the text, debounced, and
 * swaps the preview in; without JavaScript the Preview button does the same with a full page). Saves with the same
 * validation as {@code steward mapping save}. Client analysts, managers and administrators only.
 */
@Controller
@PreAuthorize(Roles.ANALYSTS)
class MappingPageController {

    private static final String EDITOR = "ingest/editor";

    private final ColumnMappings mappings;
    private final MappingSamples samples;
    private final MappingEditor editor;

    MappingPageController(ColumnMappings mappings, MappingSamples samples, MappingEditor editor) {
        this.mappings = mappings;
        this.samples = samples;
        this.editor = editor;
    }

    @GetMapping("/govern/mappings")
    String list(Model model) {
        model.addAttribute("mappings", mappings.all());
        model.addAttribute("presets", MappingPresets.NAMES);
        return "ingest/mappings";
    }

    @GetMapping("/govern/mappings/{id}")
    String mapping(@PathVariable long id, Model model) {
        SavedMapping mapping = mappings.get(id);
        model.addAttribute("mapping", mapping);
        return editor(model, new SaveMappingCommand(mapping.name(), mapping.properties()), null, Dataset.INTERACTIONS);
    }

    /** A new mapping: empty, from a preset ({@code from=preset:five9}) or a copy of a saved one. */
    @GetMapping("/govern/mappings/editor")
    String newMapping(@RequestParam(name = "from", required = false) @Nullable String from, Model model) {
        String text = ImportPageController.EXAMPLE_MAPPING;
        String name = "";
        if (from != null && MappingPresets.isPreset(from)) {
            text = MappingPresets.text(from)
                    .orElseThrow(() -> new InvalidRequestException("from", "No preset '" + from + "'"));
            name = from.substring(MappingPresets.PREFIX.length());
        } else if (from != null && !from.isBlank()) {
            SavedMapping saved = mappings.find(from)
                    .orElseThrow(() -> new InvalidRequestException("from", "No mapping '" + from + "'"));
            text = saved.properties();
            name = saved.name() + "-copy";
        }
        return editor(model, new SaveMappingCommand(name, text), null, Dataset.INTERACTIONS);
    }

    @PostMapping("/govern/mappings")
    String save(
            @Valid @ModelAttribute("form") SaveMappingCommand form,
            BindingResult errors,
            @RequestParam(name = "sample", required = false) @Nullable String sample,
            @RequestParam(name = "dataset", defaultValue = "interactions") String dataset,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                SavedMapping saved = mappings.save(form);
                redirect.addFlashAttribute("notice", "Mapping " + saved.name() + " saved");
                return "redirect:/govern/mappings/" + saved.id();
            } catch (InvalidRequestException e) {
                errors.rejectValue(e.field(), "invalid", Objects.requireNonNullElse(e.getMessage(), "invalid"));
            }
        }
        response.setStatus(400);
        Optional<MappingSample> kept = sample == null ? Optional.empty() : samples.find(sample);
        return editor(model, form, kept.orElse(null), dataset(dataset));
    }

    @PostMapping("/govern/mappings/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        SavedMapping mapping = mappings.get(id);
        mappings.delete(mapping.name());
        redirect.addFlashAttribute("notice", "Mapping " + mapping.name() + " deleted");
        return "redirect:/govern/mappings";
    }

    /** Keeps an uploaded sample; htmx gets the sample box, which then asks for the preview. */
    @PostMapping("/govern/mappings/samples")
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @ModelAttribute("form") SaveMappingCommand form,
            @RequestParam(name = "dataset", defaultValue = "interactions") String dataset,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        MappingSample sample = null;
        try {
            sample = keep(file);
            model.addAttribute("sampleUploaded", true); // the new sample box previews it when loaded
        } catch (InvalidRequestException e) {
            response.setStatus(htmx == null ? 400 : 200);
            model.addAttribute("sampleError", e.getMessage());
        }
        if (htmx != null) {
            model.addAttribute("sample", sample);
            model.addAttribute("sampleLimits", samples.limits());
            return "ingest/fragments/preview :: sample";
        }
        return editor(model, form, sample, dataset(dataset));
    }

    /** The preview of the posted text on the sample: the fragment for htmx, the whole editor otherwise. */
    @PostMapping("/govern/mappings/preview")
    String preview(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @ModelAttribute("form") SaveMappingCommand form,
            @RequestParam(name = "sample", required = false) @Nullable String sample,
            @RequestParam(name = "dataset", defaultValue = "interactions") String dataset,
            @RequestParam(name = "rows", defaultValue = "20") int rows,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        Dataset kind = dataset(dataset);
        MappingSample kept =
                sample == null || sample.isBlank() ? null : samples.find(sample).orElse(null);
        if (htmx == null) {
            if (file != null && !file.isEmpty()) {
                try {
                    kept = keep(file); // without JavaScript the sample comes with the Preview button
                } catch (InvalidRequestException e) {
                    model.addAttribute("sampleError", e.getMessage());
                }
            }
            return editor(model, form, kept, kind);
        }
        model.addAttribute("sample", kept);
        model.addAttribute("sampleExpired", sample != null && !sample.isBlank() && kept == null);
        model.addAttribute("preview", kept == null ? null : editor.preview(text(form), kind, kept, rows));
        return "ingest/fragments/preview :: preview";
    }

    private String editor(Model model, SaveMappingCommand form, @Nullable MappingSample sample, Dataset dataset) {
        model.addAttribute("form", form);
        model.addAttribute("sample", sample);
        model.addAttribute("dataset", dataset.key());
        model.addAttribute("datasets", List.of(Dataset.INTERACTIONS.key(), Dataset.CUSTOMER_EVENTS.key()));
        model.addAttribute("presets", MappingPresets.NAMES);
        model.addAttribute("sampleLimits", samples.limits());
        model.addAttribute(
                "preview",
                sample == null ? null : editor.preview(text(form), dataset, sample, MappingEditor.DEFAULT_ROWS));
        return EDITOR;
    }

    private MappingSample keep(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "Choose a non-empty sample file (CSV or JSON lines)");
        }
        try (InputStream in = file.getInputStream()) {
            return samples.save(file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "The sample cannot be read: " + e.getMessage());
        }
    }

    private static String text(SaveMappingCommand form) {
        return form.properties() == null ? "" : form.properties();
    }

    private static Dataset dataset(String key) {
        try {
            Dataset dataset = Dataset.fromKey(key);
            if (dataset.feed() != null) {
                throw new InvalidRequestException(
                        "dataset", "A feed has no mapping; choose interactions or" + " customer-events");
            }
            return dataset;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("dataset", e.getMessage());
        }
    }
}
