package com.steward.app.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Steward keeps its embedded database and interaction lake.
 *
 * <p>Resolution order: the {@code --data-dir} option, then the {@code STEWARD_DATA} environment
 * variable, then {@code ./steward-data}.
 */
public record DataDirectory(Path path) {

    public static final String ENVIRONMENT_VARIABLE = "STEWARD_DATA";
    public static final String DEFAULT = "steward-data";

    public DataDirectory {
        path = path.toAbsolutePath().normalize();
    }

    public static DataDirectory resolve(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return new DataDirectory(Path.of(option));
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataDirectory(Path.of(fromEnvironment));
        }
        return new DataDirectory(Path.of(DEFAULT));
    }

    public Path lake() {
        return path.resolve("lake");
    }

    public Path database() {
        return path.resolve("db");
    }
}
