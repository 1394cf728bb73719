package com.steward.app.database;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.support.PostgresDatabase;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database goes away while Steward runs (a proxy in front of PostgreSQL is cut): requests
 * answer 503, pages show the "temporarily unavailable" page, and service recovers on its own
 * once the database is back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PostgresDatabase.Availability.class)
class DatabaseOutageIntegrationTest {

    static TcpProxy proxy;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        URI server = URI.create(PostgresDatabase.Server.URL.substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
        String schema = "steward_outage_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath() + "?currentSchema=" + schema
                        + "&connectTimeout=2&socketTimeout=5");
        registry.add("spring.datasource.username", () -> PostgresDatabase.Server.USER);
        registry.add("spring.datasource.password", () -> PostgresDatabase.Server.PASSWORD);
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1500");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("steward.data-dir", () -> System.getProperty("java.io.tmpdir") + "/" + schema);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Autowired
    MockMvc mvc;

    @Test
    void requestsFailWith503WhileTheDatabaseIsAwayAndRecoverWhenItReturns() throws Exception {
        StewardUser analyst = new StewardUser(1, "analyst", "Analyst", null, Role.ANALYST, null, true, null);
        mvc.perform(get("/api/v1/vendors").with(user(analyst))).andExpect(status().isOk());

        proxy.cut();
        mvc.perform(get("/api/v1/vendors").with(user(analyst)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Database unavailable"));
        mvc.perform(get("/vendors").with(user(analyst)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Temporarily unavailable")));

        proxy.restore();
        // Pooled connections broken by the outage are discarded as they are found; service
        // must be back within a few requests, without a restart.
        int status = 0;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (status != 200 && System.nanoTime() < deadline) {
            status = mvc.perform(get("/api/v1/vendors").with(user(analyst)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(200);
        mvc.perform(get("/vendors").with(user(analyst))).andExpect(status().isOk());
    }
}
