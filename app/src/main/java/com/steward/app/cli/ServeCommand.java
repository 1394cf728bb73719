package com.steward.app.cli;

import com.steward.app.StewardApplication;
import java.io.IOException;
import java.time.LocalDate;
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

    @Option(
            names = "--refresh-demo",
            description = "With --demo: when the demo is more than a month old, move its database and lake aside"
                    + " and generate it anew as of today.")
    boolean refreshDemo;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, was " + port);
        }
        if (refreshDemo && !demo) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--refresh-demo needs --demo");
        }
        if (demo && !checkDemoAge(root.dataDirectory(), LocalDate.now(), refreshDemo)) {
            return 1;
        }
        return serve(root, port, demo);
    }

    /**
     * A demo more than a month old is said so (on stderr, with how to refresh it); with {@code refresh} it is moved
     * aside so that this start generates a new one. Returns false when moving it failed.
     */
    boolean checkDemoAge(DataDirectory data, LocalDate today, boolean refresh) {
        var age = DemoFreshness.of(data).filter(f -> f.staleOn(today));
        if (age.isEmpty()) {
            return true;
        }
        var err = spec.commandLine().getErr();
        if (!refresh) {
            err.println(age.get().warning(data));
            err.flush();
            return true;
        }
        try {
            err.println("Refreshing the demo of " + age.get().generated() + ": the old data is now in "
                    + age.get().moveAside(data));
            err.flush();
            return true;
        } catch (IOException e) {
            err.println("Could not move the old demo aside: " + e.getMessage());
            err.flush();
            return false;
        }
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
