package com.steward.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code steward serve} in a JVM of its own (a heap cap, a real kill -9), on a fresh or given data directory, for
 * tests of what happens to the process rather than inside it. The first start's administrator password is read
 * from the output.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

    private final Path dataDir;
    private final List<String> jvmOptions;
    private final int port;
    private final Path output;
    private Process process;
    private String adminPassword;

    private ServerProcess(Path dataDir, List<String> jvmOptions) throws IOException {
        this.dataDir = dataDir;
        this.jvmOptions = List.copyOf(jvmOptions);
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
        this.output = Files.createTempFile("steward-server-", ".log");
    }

    /** Starts a server on {@code dataDir} and waits until it answers. */
    public static ServerProcess start(Path dataDir, String... jvmOptions) throws IOException, InterruptedException {
        ServerProcess server = new ServerProcess(dataDir, List.of(jvmOptions));
        server.launch();
        return server;
    }

    /** Starts the server again on the same data directory and port, after {@link #kill()} or {@link #stop()}. */
    public void restart() throws IOException, InterruptedException {
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "com.steward.app.StewardApplication",
                "--data-dir",
                dataDir.toString(),
                "serve",
                "--port",
                String.valueOf(port)));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped: " + log());
            }
            try {
                if (get("/actuator/health", null).statusCode() == 200) {
                    Matcher m = PASSWORD.matcher(log());
                    if (adminPassword == null && m.find()) {
                        adminPassword = m.group(1);
                    }
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not answer within 240 s: " + log());
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** kill -9: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    public String basicAdmin() {
        return "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client().send(
                        request.header("Authorization", basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A multipart/form-data body with one file part and plain fields, streamed from disk. */
    public static HttpRequest.BodyPublisher multipart(String boundary, Path file, String... fields) throws IOException {
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parts.add(
                    HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                            + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n"));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        parts.add(HttpRequest.BodyPublishers.ofFile(file));
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        return HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
    }
}
