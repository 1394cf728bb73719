package com.steward.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.support.ServerProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe's crafted uploads against a server in its own JVM capped at 512 MB of heap: each answers a clear 400
 * within seconds, nothing is left in the uploads or rejects folders, and the server keeps answering and importing.
 */
class BoundedImportIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void craftedUploadsAnswer400QuicklyAndTheServerStaysUp() throws Exception {
        Path crafted = craftedQuotedField(dir.resolve("crafted.csv"), 3);
        Path bomb = gzipBomb(dir.resolve("bomb.csv.gz"), 300);
        Path good =
                IngestFixtures.write(dir, "good.csv", IngestFixtures.interactionsCsv("g", List.of("inhouse"), 50, 1));
        // what a crash left: an upload waiting for its import, and rejects of an import that never finished
        Path leftover =
                Files.createDirectories(dir.resolve("data/uploads/0b7c")).resolve("left.csv");
        Files.writeString(leftover, IngestFixtures.HEADER + "\n");
        Files.createDirectories(dir.resolve("data/rejects"));
        Files.writeString(dir.resolve("data/rejects/import-99-rejects.csv"), "file,line,column,value,reason\n");
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"), "-Xmx512m")) {
            assertThat(filesUnder(server.dataDir().resolve("uploads"))).isEmpty();
            assertThat(filesUnder(server.dataDir().resolve("rejects"))).isEmpty();
            long start = System.nanoTime();
            HttpResponse<String> refused = upload(server, crafted);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body())
                    .contains("crafted.csv, line 3: a field is longer than 64 KiB")
                    .doesNotContain(dir.toString());
            assertThat(seconds).as("seconds to refuse the crafted field").isLessThan(10);
            System.out.printf("crafted 3 MB quoted field: %d in %.2f s%n", refused.statusCode(), seconds);

            start = System.nanoTime();
            HttpResponse<String> bombed = upload(server, bomb);
            seconds = (System.nanoTime() - start) / 1e9;
            assertThat(bombed.statusCode()).as(bombed.body()).isEqualTo(400);
            assertThat(bombed.body()).contains("expands more than 50×");
            assertThat(seconds).as("seconds to refuse the gzip bomb").isLessThan(10);
            System.out.printf(
                    "gzip bomb %d KB -> 300 MB: %d in %.2f s%n", Files.size(bomb) / 1024, bombed.statusCode(), seconds);

            // a chunked JSON body (no Content-Length) above the 1 MB limit is refused before it is parsed
            byte[] json =
                    ("{\"code\":\"x\",\"name\":\"" + "y".repeat(3 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(server.uri("/api/v1/vendors"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(json))));
            assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);

            assertThat(server.isAlive()).isTrue();
            assertThat(server.get("/actuator/health", null).statusCode()).isEqualTo(200);
            HttpResponse<String> stored = upload(server, good);
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
            assertThat(filesUnder(server.dataDir().resolve("uploads"))).isEmpty();
            assertThat(filesUnder(server.dataDir().resolve("rejects"))).isEmpty();

            // behind HTTPS (issue 17): no Host reflection; forwarded HTTPS from a trusted proxy gives HSTS and
            // Secure cookies
            String redirect = raw(server, "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(redirect).startsWith("HTTP/1.1 302").containsIgnoringCase("\nLocation: /login");
            assertThat(redirect).doesNotContain("evil.example");
            String proxied = raw(
                    server,
                    "GET /login HTTP/1.1\r\nHost: steward.example\r\nX-Forwarded-Proto: https\r\n"
                            + "X-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n");
            assertThat(proxied).containsIgnoringCase("\nStrict-Transport-Security: max-age=");
            assertThat(proxied.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie:", 0, 11)))
                    .isNotEmpty()
                    .allMatch(cookie -> cookie.contains("; Secure"));
            String plain = raw(server, "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(plain).doesNotContainIgnoringCase("Strict-Transport-Security");
        }
    }

    /** One HTTP/1.1 exchange over a plain socket (java.net.http will not send a chosen Host header). */
    private static String raw(ServerProcess server, String request) throws IOException {
        java.net.URI uri = server.uri("/");
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readNBytes(64 * 1024);
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            return (end < 0 ? text : text.substring(0, end)).replace("\r\n", "\n");
        }
    }

    private static HttpResponse<String> upload(ServerProcess server, Path file) throws Exception {
        String boundary = "steward" + System.nanoTime();
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(ServerProcess.multipart(boundary, file, "dataset", "interactions")));
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** A header, a good row, then a row whose quoted field runs for {@code mb} MB over lines of 100 bytes. */
    static Path craftedQuotedField(Path file, int mb) throws IOException {
        List<String> good = IngestFixtures.interactionsCsv("c", List.of("inhouse"), 1, 1)
                .lines()
                .toList();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((good.get(0) + "\n" + good.get(1) + "\nc2,inhouse,\"").getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("x".repeat(99) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < mb * 10_000; i++) {
                out.write(line);
            }
            out.write("\",voice\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** {@code mb} MB of valid rows gzipped (about 1000× smaller): the shape of the probe's 8.9 MB → 2.3 GB bomb. */
    static Path gzipBomb(Path file, int mb) throws IOException {
        String csv = IngestFixtures.interactionsCsv("b", List.of("inhouse"), 1, 1);
        String row = csv.lines().toList().get(1) + "\n";
        byte[] block = row.repeat((1 << 20) / row.length()).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((IngestFixtures.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < mb; i++) {
                out.write(block);
            }
        }
        return file;
    }
}
