package com.steward.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One-time passwords must be changed at the first sign-in and expire; a change or reset ends the user's other
 * sessions; weak passwords are refused by the server whatever the meter said.
 */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class PasswordLifecycleIntegrationTest {

    static final String STRONG = "violet-harbour-Quintet-58";
    static final String STRONGER = "amber-lantern-Gazelle-91";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    CreatedUser newUser() {
        String name = "pw" + System.nanoTime();
        return TestAccounts.asSystem(
                () -> users.create(new CreateUserCommand(name, "Pat Doe", null, Role.ANALYST, null)));
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result =
                mvc.perform(formLogin().user(username).password(password)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return (MockHttpSession) result.getRequest().getSession();
    }

    MockHttpServletResponse page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse();
    }

    MockHttpServletResponse changePassword(MockHttpSession session, String current, String chosen) throws Exception {
        return mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", chosen))
                .andReturn()
                .getResponse();
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        CreatedUser created = newUser();
        MvcResult signIn = mvc.perform(
                        formLogin().user(created.account().username()).password(created.oneTimePassword()))
                .andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/account?mustChange");
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();

        assertThat(page("/vendors", session).getRedirectedUrl()).isEqualTo("/account?mustChange");
        assertThat(page("/api/v1/vendors", session).getStatus()).isEqualTo(403);
        assertThat(page("/account?mustChange", session).getContentAsString()).contains("one-time password");

        assertThat(changePassword(session, created.oneTimePassword(), STRONG).getRedirectedUrl())
                .isEqualTo("/account");
        assertThat(page("/vendors", session).getStatus()).isEqualTo(200);
        assertThat(signIn(created.account().username(), STRONG)).isNotNull();
        MvcResult again = mvc.perform(
                        formLogin().user(created.account().username()).password(STRONG))
                .andReturn();
        assertThat(again.getResponse().getRedirectedUrl())
                .as("a chosen password goes home")
                .isEqualTo("/");
    }

    @Test
    void anExpiredOneTimePasswordNoLongerSignsIn() throws Exception {
        CreatedUser created = newUser();
        jdbc.sql("UPDATE users SET password_expires_at = created_at - INTERVAL '1' SECOND WHERE id = :id")
                .param("id", created.account().id())
                .update();
        MvcResult form = mvc.perform(
                        formLogin().user(created.account().username()).password(created.oneTimePassword()))
                .andReturn();
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(mvc.perform(get("/api/v1/me")
                                .with(httpBasic(created.account().username(), created.oneTimePassword())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void aResetPasswordExpiresAfterTheConfiguredValidityAndMustBeChanged() {
        CreatedUser created = newUser();
        String reset = TestAccounts.asSystem(
                () -> users.resetPassword(created.account().id()));
        var principal = (StewardUser) users.loadUserByUsername(created.account().username());
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(principal.isCredentialsNonExpired()).isTrue();
        var expiresAt = jdbc.sql("SELECT password_expires_at FROM users WHERE id = :id")
                .param("id", created.account().id())
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        assertThat(Duration.between(Instant.now(), expiresAt))
                .as("default validity 24 h")
                .isBetween(Duration.ofHours(23), Duration.ofHours(24));
        assertThat(reset).hasSize(20);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndAResetEndsAll() throws Exception {
        CreatedUser created = newUser();
        String name = created.account().username();
        TestAccounts.asSystem(() -> {
            users.changeOwnPassword(created.account().id(), created.oneTimePassword(), STRONG);
            return null;
        });
        MockHttpSession here = signIn(name, STRONG);
        MockHttpSession elsewhere = signIn(name, STRONG);
        assertThat(page("/account", elsewhere).getStatus()).isEqualTo(200);

        assertThat(changePassword(here, STRONG, STRONGER).getRedirectedUrl()).isEqualTo("/account");
        assertThat(page("/account", here).getStatus())
                .as("the session that changed it stays")
                .isEqualTo(200);
        assertThat(page("/account", elsewhere).getRedirectedUrl()).isEqualTo("/login?ended");

        TestAccounts.asSystem(() -> users.resetPassword(created.account().id()));
        assertThat(page("/account", here).getRedirectedUrl()).isEqualTo("/login?ended");
    }

    @Test
    void weakPasswordsAreRefusedByTheServerAndTheMeterSaysWhy() throws Exception {
        CreatedUser created = newUser();
        MockHttpSession session = signIn(created.account().username(), created.oneTimePassword());
        MockHttpServletResponse weak = changePassword(session, created.oneTimePassword(), "Password1234!");
        assertThat(weak.getStatus()).isEqualTo(200);
        assertThat(weak.getContentAsString()).contains("Too easy to guess");
        MockHttpServletResponse ownName = changePassword(
                session, created.oneTimePassword(), created.account().username() + "!");
        assertThat(ownName.getContentAsString()).contains("Too easy to guess");

        String meterWeak = mvc.perform(post("/account/password/strength")
                        .session(session)
                        .with(csrf())
                        .param("password", "qwerty123456"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meterWeak).contains("\"acceptable\":false");
        String meterStrong = mvc.perform(post("/account/password/strength")
                        .session(session)
                        .with(csrf())
                        .param("password", STRONG))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meterStrong).contains("\"acceptable\":true").contains("\"score\":4");
    }
}
