package com.steward.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.support.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The platform scenarios on the embedded default (H2 file database in PostgreSQL mode). */
@EmbeddedDatabase
class PlatformH2IntegrationTest extends PlatformScenarios {

    @Value("${steward.data-dir}")
    Path dataDir;

    @Test
    void theEmbeddedDatabaseIsAFileUnderTheDataDirectory() {
        assertThat(Files.exists(dataDir.resolve("db").resolve("steward.mv.db"))).isTrue();
    }
}
