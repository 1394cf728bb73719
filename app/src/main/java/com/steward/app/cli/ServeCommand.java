package com.steward.app.cli;

import com.steward.app.StewardApplication;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Starts the web application and blocks until it stops. */
@Command(name = "serve", description = "Start Steward's web application (default http://localhost:8080).")
class ServeCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8080;

    @ParentCommand
    StewardCommand root;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port = DEFAULT_PORT;

    @Option(names = "--demo", description = "Load the demo company on first start (vendors, users).")
    boolean demo;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(
                    root == null ? null : new picocli.CommandLine(root), "--port must be 0..65535, was " + port);
        }
        return serve(root, port, demo);
    }

    int serve(StewardCommand root, int port, boolean demo) {
        DataDirectory data = root.dataDirectory();
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(StewardApplication.class)
                    .properties(
                            "steward.data-dir=" + data.path(), "server.port=" + port, "steward.demo.enabled=" + demo)
                    .run();
            // The embedded server keeps a non-daemon thread; wait for a clean shutdown (Ctrl-C).
            CountDownLatchHolder.awaitClose(context);
            return 0;
        } catch (RuntimeException startupFailure) {
            // Spring Boot's failure analyzers have already printed a readable reason.
            return 1;
        }
    }

    /** Blocks the CLI thread until the application context closes. */
    static final class CountDownLatchHolder {
        static void awaitClose(ConfigurableApplicationContext context) {
            java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
            context.addApplicationListener(event -> {
                if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                    closed.countDown();
                }
            });
            try {
                closed.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
