package com.steward.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database closes under the running application (H2 {@code SHUTDOWN} through one of the pool's connections,
 * as H2 does by itself after a fatal error): the pool discards the dead connections, saves work again at once,
 * nothing confirmed before is lost, and health never says UP while saves fail.
 */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class ClosedDatabaseIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Test
    void afterTheDatabaseClosesSavesWorkAgainAndHealthTellsTheTruth() throws Exception {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        var admin = user(accounts.principals.get(Role.ADMIN));
        assertThat(save(admin, "before-close")).isEqualTo(201);

        // hold several pooled connections so that the pool has dead ones to hand out after the close
        List<Connection> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(dataSource.getConnection());
        }
        try (Statement statement = held.getFirst().createStatement()) {
            statement.execute("SHUTDOWN");
        }
        for (Connection connection : held) {
            try {
                connection.close(); // back to the pool, which must now notice it is dead
            } catch (java.sql.SQLException dead) {
                // H2 refuses even clearWarnings on a closed database; the pool evicts the connection
            }
        }

        List<String> observations = new ArrayList<>();
        boolean saved = false;
        for (int attempt = 0; attempt < 10 && !saved; attempt++) {
            int save = save(admin, "after-close-" + attempt);
            int health = mvc.perform(get("/actuator/health"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            observations.add("save " + save + ", health " + health);
            // health (200 UP, 503 DOWN) never says UP while a save fails for lack of a database
            assertThat(save >= 500 && health == 200).as(observations.toString()).isFalse();
            saved = save == 201;
        }
        assertThat(saved).as(observations.toString()).isTrue();
        assertThat(observations.getFirst())
                .as("the very first save after the close works")
                .startsWith("save 201");
        String list = mvc.perform(get("/api/v1/vendors").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("before-close").contains("after-close-0");
        assertThat(mvc.perform(get("/actuator/health").with(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"db\"")
                .contains("UP");
    }

    private int save(org.springframework.test.web.servlet.request.RequestPostProcessor who, String code)
            throws Exception {
        return mvc.perform(post("/api/v1/vendors")
                        .with(who)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"status\":\"PROSPECT\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
