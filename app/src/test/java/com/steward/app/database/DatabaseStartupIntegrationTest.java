package com.steward.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting Steward against a database that is not there ends at once with a clear message and a non-zero exit. */
class DatabaseStartupIntegrationTest {

    @Test
    void anUnreachableDatabaseAtStartIsNamedAndExitsNonZero() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort(); // free now, nobody listens once closed
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/steward";
        Path dataDir = Files.createTempDirectory("steward-nodb-");
        Path output = dataDir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "com.steward.app.StewardApplication",
                        "--data-dir",
                        dataDir.toString(),
                        "serve",
                        "--port",
                        "0")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        Process process = builder.start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended)
                .as("Steward should stop by itself; it printed:%n%s", printed)
                .isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(printed).contains("Steward cannot reach its database at " + url);
    }
}
