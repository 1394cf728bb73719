package com.steward.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium driven by Playwright (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).
 * Browser tests are skipped when Chromium is missing locally, and fail in CI (CI=true).
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("STEWARD_CHROMIUM", "/usr/bin/chromium"));

    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private Chromium() {}

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    /** Where screenshots for the README tour go (the repository's docs/screenshots). */
    static Path screenshots() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("mvnw")) ? here : here.getParent();
        return root.resolve("docs").resolve("screenshots");
    }

    /** Skips locally without Chromium; fails in CI so a missing browser never passes silently. */
    static class Available implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(EXECUTABLE)) {
                return ConditionEvaluationResult.enabled("Chromium at " + EXECUTABLE);
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Browser tests are required in CI but " + EXECUTABLE + " is missing");
            }
            return ConditionEvaluationResult.disabled("No Chromium at " + EXECUTABLE + " (install Debian's chromium)");
        }
    }
}
