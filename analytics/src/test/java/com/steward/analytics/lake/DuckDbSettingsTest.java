package com.steward.analytics.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every analytics connection is bounded: memory limit and spill folder as configured, 3GB by default. */
class DuckDbSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty(DuckDb.MEMORY_LIMIT_PROPERTY);
        System.clearProperty(DuckDb.TEMP_DIRECTORY_PROPERTY);
        System.clearProperty(DuckDb.THREADS_PROPERTY);
    }

    @Test
    void defaultLimitIsThreeGigabytes() throws Exception {
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            // DuckDB reports the limit in binary units: 3GB = 3·10⁹ bytes ≈ 2.7 GiB.
            assertThat(setting(c, "memory_limit")).isEqualTo("2.7 GiB");
        }
    }

    @Test
    void configuredLimitSpillFolderAndThreadsAreApplied(@TempDir Path spill) throws Exception {
        System.setProperty(DuckDb.MEMORY_LIMIT_PROPERTY, "512MB");
        System.setProperty(DuckDb.TEMP_DIRECTORY_PROPERTY, spill.toString());
        System.setProperty(DuckDb.THREADS_PROPERTY, "1");
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            assertThat(setting(c, "memory_limit")).isEqualTo("488.2 MiB");
            assertThat(Path.of(setting(c, "temp_directory"))).isEqualTo(spill.toAbsolutePath());
            assertThat(setting(c, "threads")).isEqualTo("1");
        }
    }

    @Test
    void aMalformedSettingIsRefused() {
        System.setProperty(DuckDb.THREADS_PROPERTY, "two");
        assertThatThrownBy(() -> DuckDb.open(ZoneId.of("UTC")))
                .isInstanceOf(LakeException.class)
                .hasMessageContaining("cannot open DuckDB");
    }

    private static String setting(Connection c, String name) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
