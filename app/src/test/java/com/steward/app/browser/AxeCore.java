package com.steward.app.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.webjars.WebJarVersionLocator;

/** The axe-core accessibility engine's script, from its WebJar (a test dependency), for {@code page.addScriptTag}. */
final class AxeCore {

    private static String script;

    private AxeCore() {}

    static synchronized String script() {
        if (script == null) {
            String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
            if (path == null) {
                throw new IllegalStateException("The axe-core WebJar is missing from the test classpath");
            }
            try (InputStream in = AxeCore.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("No " + path + " on the test classpath");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
