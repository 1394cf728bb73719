package com.steward.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/** Runs a Spring test on the embedded default: the H2 file database under a fresh temporary data directory. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = EmbeddedDatabase.Initializer.class)
public @interface EmbeddedDatabase {

    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                String dataDir = Files.createTempDirectory("steward-it-").toString();
                context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("embedded-test-database", Map.of("steward.data-dir", dataDir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
