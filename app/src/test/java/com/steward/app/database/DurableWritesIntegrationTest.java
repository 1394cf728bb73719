package com.steward.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.support.ServerProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps what it confirmed: kill -9 right after each 2xx, start again, the change is there.
 * And nothing but the HTTP port listens, and the data directory is the server user's alone.
 */
class DurableWritesIntegrationTest {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @TempDir
    Path dir;

    @Test
    void aConfirmedWriteSurvivesKillNineOnSeveralRoutes() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"))) {
            HttpResponse<String> created = json(
                    server,
                    "POST",
                    "/api/v1/vendors",
                    "{\"code\":\"durable\",\"name\":\"Durable Ltd\",\"status\":\"PROSPECT\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            server.kill();
            server.restart();
            long vendorId = id(created.body());
            HttpResponse<String> vendor = server.get("/api/v1/vendors/" + vendorId, server.basicAdmin());
            assertThat(vendor.statusCode()).isEqualTo(200);
            assertThat(vendor.body()).contains("Durable Ltd");

            HttpResponse<String> renamed = json(
                    server,
                    "PUT",
                    "/api/v1/vendors/" + vendorId,
                    "{\"name\":\"Durable Renamed\",\"status\":\"CONTRACTED\"}");
            assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
            server.kill();
            server.restart();
            assertThat(server.get("/api/v1/vendors/" + vendorId, server.basicAdmin())
                            .body())
                    .contains("Durable Renamed")
                    .contains("CONTRACTED");

            HttpResponse<String> user = json(
                    server,
                    "POST",
                    "/api/v1/users",
                    "{\"username\":\"kept-user\",\"displayName\":\"Kept\",\"role\":\"ANALYST\"}");
            assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
            // the next id must not be reused for another object after the restart
            HttpResponse<String> second = json(
                    server,
                    "POST",
                    "/api/v1/vendors",
                    "{\"code\":\"second\",\"name\":\"Second\",\"status\":\"PROSPECT\"}");
            assertThat(second.statusCode()).isEqualTo(201);
            server.kill();
            server.restart();
            assertThat(server.get("/api/v1/users", server.basicAdmin()).body()).contains("kept-user");
            HttpResponse<String> third = json(
                    server,
                    "POST",
                    "/api/v1/vendors",
                    "{\"code\":\"third\",\"name\":\"Third\",\"status\":\"PROSPECT\"}");
            assertThat(id(third.body())).isGreaterThan(id(second.body()));

            // the data directory and everything in it is the server user's alone
            Path data = server.dataDir();
            assertThat(Files.getPosixFilePermissions(data))
                    .containsExactlyInAnyOrderElementsOf(Set.of(
                            PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE));
            try (Stream<Path> files = Files.walk(data.resolve("db"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.getPosixFilePermissions(file))
                            .as(file.toString())
                            .doesNotContain(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
                }
            }
            // no AUTO_SERVER: the lock file names no TCP port, and nothing listens on one
            for (Path lock : lockFiles(data.resolve("db"))) {
                String text = Files.readString(lock);
                Matcher port = Pattern.compile("server=").matcher(text);
                assertThat(port.find()).as(text).isFalse();
            }
        }
    }

    private static List<Path> lockFiles(Path db) throws Exception {
        try (Stream<Path> files = Files.list(db)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".lock.db"))
                    .toList();
        }
    }

    private static long id(String body) {
        Matcher m = ID.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> json(ServerProcess server, String method, String path, String body)
            throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }
}
