package com.steward.app.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates a mapping or replaces the one of the same name.
 *
 * @param name letters, digits, {@code . _ -}
 * @param properties the definition, e.g. {@code column.interaction_id=CallID} (see docs/data.md)
 */
public record SaveMappingCommand(
        @NotBlank
        @Size(max = 128)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "use letters, digits, . _ -")
        String name,

        @NotBlank @Size(max = 20000) String properties) {}
