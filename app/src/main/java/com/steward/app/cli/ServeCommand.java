package com.steward.app.cli;

import com.steward.app.StewardApplication;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Starts the web application and blocks until it stops. */
@Command(name = "serve", description = "Start Steward's web application (default http://localhost:8080).")
class ServeCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8080;

    @ParentCommand
    StewardCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULT_PORT;

    @Option(names = "--demo", description = "Load the demo company on first start (vendors and one user per role).")
    boolean demo;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, was " + port);
        }
        return serve(root, port, demo);
    }

    /** Runs the application; returns 1 when it cannot start (the failure analysis has been printed). */
    static int serve(StewardCommand root, int port, boolean demo) {
        DataDirectory data = root.dataDirectory();
        try {
            // Passed as command-line properties so that they outrank application.yaml.
            ConfigurableApplicationContext context = new SpringApplicationBuilder(StewardApplication.class)
                    .run(
                            "--steward.data-dir=" + data.path(),
                            "--server.port=" + port,
                            "--steward.demo.enabled=" + demo);
            awaitClose(context);
            return 0;
        } catch (RuntimeException startupFailure) {
            return 1;
        }
    }

    /** The embedded server runs on its own threads; the CLI thread waits for a clean shutdown (Ctrl-C). */
    private static void awaitClose(ConfigurableApplicationContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (!context.isActive()) {
            return;
        }
        try {
            closed.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
