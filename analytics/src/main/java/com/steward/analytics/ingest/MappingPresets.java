package com.steward.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Mappings for widely used exports, shipped as resources and selected as {@code preset:<name>} wherever a saved
 * mapping's name is accepted. Each is tested on a sample written from the platform's public documentation.
 */
public final class MappingPresets {
    /** The prefix that names a preset instead of a saved mapping. */
    public static final String PREFIX = "preset:";

    /** The presets' names, without the prefix. */
    public static final List<String> NAMES = List.of("amazon-connect", "genesys-cloud", "five9", "anonymous-bank");

    private MappingPresets() {}

    /** Whether {@code name} names a preset ({@code preset:...}). */
    public static boolean isPreset(String name) {
        return name != null && name.startsWith(PREFIX);
    }

    /** The preset's text, comments included; {@code name} with or without the prefix. */
    public static Optional<String> text(String name) {
        String bare = isPreset(name) ? name.substring(PREFIX.length()) : name;
        if (!NAMES.contains(bare)) {
            return Optional.empty();
        }
        try (InputStream in = MappingPresets.class.getResourceAsStream("presets/" + bare + ".mapping")) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset as a mapping named {@code preset:<name>}; {@link IllegalArgumentException} when unknown. */
    public static ColumnMapping mapping(String name) {
        String bare = isPreset(name) ? name.substring(PREFIX.length()) : name;
        String text = text(bare)
                .orElseThrow(() -> new IllegalArgumentException(
                        "There is no preset '" + bare + "'; presets: " + String.join(", ", NAMES)));
        return MappingText.validate(PREFIX + bare, text);
    }
}
