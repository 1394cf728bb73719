package com.steward.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against the real PostgreSQL server (default 127.0.0.1:5432, database
 * {@code test}, trust auth; override with STEWARD_TEST_PG_URL / _USER / _PASSWORD), in a fresh schema.
 *
 * <p>When the server cannot be reached the test is skipped locally but FAILS when the system
 * property {@code steward.requirePostgres} is true (set by {@code .ci/run} through CI=true).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = PostgresDatabase.Initializer.class)
@ExtendWith(PostgresDatabase.Availability.class)
public @interface PostgresDatabase {

    /** Where the test server is and whether it answers. */
    final class Server {
        public static final String URL = env("STEWARD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        public static final String USER = env("STEWARD_TEST_PG_USER", "postgres");
        public static final String PASSWORD = env("STEWARD_TEST_PG_PASSWORD", "");

        private Server() {}

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        public static boolean reachable() {
            try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
                return connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }
    }

    class Availability implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Server.reachable()) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + Server.URL);
            }
            if (Boolean.getBoolean("steward.requirePostgres")) {
                throw new IllegalStateException(
                        "PostgreSQL tests are required (CI) but " + Server.URL + " cannot be reached");
            }
            return ConditionEvaluationResult.disabled(
                    "PostgreSQL not reachable at " + Server.URL + " (skipped outside CI)");
        }
    }

    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String schema = "steward_it_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String separator = Server.URL.contains("?") ? "&" : "?";
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "postgres-test-database",
                            Map.of(
                                    "spring.datasource.url",
                                    Server.URL + separator + "currentSchema=" + schema,
                                    "spring.datasource.username",
                                    Server.USER,
                                    "spring.datasource.password",
                                    Server.PASSWORD,
                                    "spring.flyway.schemas",
                                    schema,
                                    "spring.flyway.create-schemas",
                                    "true",
                                    "steward.data-dir",
                                    System.getProperty("java.io.tmpdir") + "/steward-pg-" + schema)));
        }
    }
}
