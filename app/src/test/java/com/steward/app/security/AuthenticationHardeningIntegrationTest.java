package com.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.NullUnmarked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** HTTP Basic goes through the per-address limit; long passwords count in full and never answer 500. */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
@NullUnmarked // test code: NullAway checks the production code of this package
class AuthenticationHardeningIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    SignInThrottle throttle;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    @Test
    void basicCredentialsFromABlockedAddressAreRefusedWith429() throws Exception {
        String analyst = accounts.principal(Role.ANALYST).getUsername();
        String password = accounts.passwords.get(Role.ANALYST);
        assertThat(me(basic(analyst, password), "10.9.9.9").getStatus()).isEqualTo(200);
        for (int i = 0; i < 30; i++) {
            // guesses on names that do not exist: only the address counts them
            assertThat(me(basic("nobody-" + i, "guess"), "10.9.9.9").getStatus())
                    .isEqualTo(401);
        }
        MockHttpServletResponse blocked = me(basic(analyst, password), "10.9.9.9");
        assertThat(blocked.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(me(basic(analyst, password), "10.9.9.10").getStatus())
                .as("another address is not affected")
                .isEqualTo(200);
    }

    @Test
    void aPasswordOf128CharactersCountsInFullAndLongerOnesAreRefusedClearly() throws Exception {
        var analyst = accounts.principal(Role.ANALYST);
        String current = accounts.passwords.get(Role.ANALYST);
        String chosen = "Ünïcödé-passphrase-".repeat(7).substring(0, 128); // 128 characters, over 140 bytes
        assertThat(chosen.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        var changed = mvc.perform(post("/account/password")
                        .with(user(analyst))
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", chosen))
                .andReturn()
                .getResponse();
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(302);
        assertThat(me(basic(analyst.getUsername(), chosen), "10.1.1.1").getStatus())
                .isEqualTo(200);
        // differs only in the last character, far beyond bcrypt's 72 bytes
        String last = chosen.substring(0, 127) + (chosen.charAt(127) == 'x' ? 'y' : 'x');
        assertThat(me(basic(analyst.getUsername(), last), "10.1.1.2").getStatus())
                .isEqualTo(401);

        var tooLong = mvc.perform(post("/account/password")
                        .with(user(analyst))
                        .with(csrf())
                        .param("currentPassword", chosen)
                        .param("newPassword", chosen + "!"))
                .andReturn()
                .getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(200);
        assertThat(tooLong.getContentAsString()).contains("at most 128 characters");
    }

    @Autowired
    SignInBackoff backoff;

    @Test
    void wrongPasswordsMakeTheGuessersAddressWaitNotTheAccountsOwner() throws Exception {
        String analyst = accounts.principal(Role.ANALYST).getUsername();
        String password = accounts.passwords.get(Role.ANALYST);
        for (int i = 0; i < 5; i++) {
            assertThat(me(basic(analyst, "wrong-" + i), "10.7.7.7").getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse guesser = me(basic(analyst, password), "10.7.7.7");
        assertThat(guesser.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(guesser.getHeader("Retry-After"))).isBetween(14 * 60L, 15 * 60L);
        assertThat(me(basic(analyst, password), "10.7.7.8").getStatus())
                .as("the owner, elsewhere")
                .isEqualTo(200);
        // the wait doubles with each further failure, up to a day
        assertThat(backoff.wait(5)).isEqualTo(java.time.Duration.ofMinutes(15));
        assertThat(backoff.wait(6)).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(backoff.wait(8)).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(backoff.wait(40)).isEqualTo(java.time.Duration.ofDays(1));
        // what `steward user unlock` does clears it
        TestAccounts.asSystem(() -> users.unlock(analyst));
        assertThat(me(basic(analyst, password), "10.7.7.7").getStatus()).isEqualTo(200);
    }

    @Test
    void requestingTheErrorPathDirectlyAnswers404Not500() throws Exception {
        assertThat(mvc.perform(get("/error")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/error").with(user(accounts.principal(Role.ADMIN))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private MockHttpServletResponse me(String authorization, String address) throws Exception {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        return mvc.perform(
                        get("/api/v1/me").header("Authorization", authorization).with(from))
                .andReturn()
                .getResponse();
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
