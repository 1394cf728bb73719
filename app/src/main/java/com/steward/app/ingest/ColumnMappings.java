package com.steward.app.ingest;

import com.steward.analytics.ingest.ColumnMapping;
import com.steward.analytics.ingest.MappingPresets;
import com.steward.analytics.ingest.MappingText;
import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The saved, named column mappings; writes are audited. {@code canonical} is built in and cannot be saved. */
@Service
public class ColumnMappings {

    public static final String CANONICAL = "canonical";
    static final String AUDIT_TYPE = "column_mapping";

    private final MappingRepository mappings;
    private final AuditLog audit;
    private final VendorAccess access;
    private final Clock clock;

    ColumnMappings(MappingRepository mappings, AuditLog audit, VendorAccess access, Clock clock) {
        this.mappings = mappings;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public List<SavedMapping> all() {
        return mappings.findAll();
    }

    public SavedMapping get(long id) {
        return mappings.findById(id).orElseThrow(() -> new NotFoundException("No column mapping " + id));
    }

    public Optional<SavedMapping> find(String name) {
        return mappings.findByName(name);
    }

    /**
     * The mapping called {@code name}; {@code null}, blank or {@code canonical} give the canonical mapping, {@code
     * preset:<name>} a shipped preset ({@link MappingPresets}).
     */
    public ColumnMapping resolve(String name) {
        if (name == null || name.isBlank() || name.equals(CANONICAL)) {
            return ColumnMapping.canonical();
        }
        if (MappingPresets.isPreset(name)) {
            try {
                return MappingPresets.mapping(name);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("mapping", e.getMessage());
            }
        }
        return find(name)
                .map(SavedMapping::mapping)
                .orElseThrow(() -> new InvalidRequestException(
                        "mapping",
                        "There is no column mapping '" + name + "'; known: "
                                + all().stream().map(SavedMapping::name).toList()));
    }

    /**
     * Validates {@code properties} ({@link MappingText#validate}: unknown keys and columns, refused expressions, a
     * required column without a source, each with its line) and stores the text as given, comments and order kept.
     */
    @Transactional
    public SavedMapping save(SaveMappingCommand command) {
        String name = command.name().strip();
        if (name.equals(CANONICAL)) {
            throw new InvalidRequestException("name", "'canonical' is built in; choose another name");
        }
        try {
            MappingText.validate(name, command.properties());
        } catch (MappingText.InvalidMapping e) {
            throw new InvalidRequestException("properties", "The mapping is refused:\n" + e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidRequestException("properties", "The mapping cannot be read: " + e.getMessage());
        }
        String text = command.properties().replace("\r\n", "\n");
        Optional<SavedMapping> before = mappings.findByName(name);
        long id;
        if (before.isPresent()) {
            id = before.get().id();
            mappings.update(id, text, access.currentActor(), clock.instant());
        } else {
            id = mappings.insert(name, text, access.currentActor(), clock.instant());
        }
        SavedMapping after = get(id);
        audit.record(
                before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                AUDIT_TYPE,
                id,
                null,
                before.orElse(null),
                after);
        return after;
    }

    /** Deletes the mapping called {@code name} (audited); past imports keep its name in their records. */
    @Transactional
    public void delete(String name) {
        SavedMapping before = find(name).orElseThrow(() -> new NotFoundException("No column mapping '" + name + "'"));
        mappings.delete(before.id());
        audit.record(AuditAction.DELETE, AUDIT_TYPE, before.id(), null, before, null);
    }
}
