package com.steward.app.cli;

import com.steward.app.StewardApplication;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without an HTTP listener for commands that need the operational database (imports,
 * the demo): same data directory, same services, so the CLI records imports the way the web upload does.
 */
final class CliContext {

    private CliContext() {}

    static ConfigurableApplicationContext start(DataDirectory data, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--steward.data-dir=" + data.path(),
                // The security configuration needs a servlet context; port -1 starts no connector.
                "--server.port=-1",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--logging.level.root=ERROR",
                "--logging.level.com.steward=WARN",
                "--logging.level.org.springframework.boot.tomcat=WARN",
                "--logging.level.org.springframework.boot.web.embedded.tomcat=WARN",
                "--server.shutdown=immediate",
                // Only the beans a command uses are created (measured: 11 % less start-up CPU; docs/benchmarks.md).
                "--spring.main.lazy-initialization=true"));
        args.addAll(List.of(extra));
        // Start-up notices (first administrator, demo users) go to stderr so that stdout carries only results.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            return new SpringApplicationBuilder(StewardApplication.class).run(args.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
    }
}
