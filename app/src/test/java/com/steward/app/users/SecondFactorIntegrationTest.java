package com.steward.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.security.Totp;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullUnmarked;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** TOTP: enrolment proves a code; sign-in needs password and code; codes work once; recovery codes; admin reset. */
@NullUnmarked // test code: NullAway checks the production code of this package
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class SecondFactorIntegrationTest {

    static final String PASSWORD = "violet-harbour-Quintet-58";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    String signIn(String username, String password, String code) throws Exception {
        var request = post("/login").with(csrf()).param("username", username).param("password", password);
        if (code != null) {
            request = request.param("code", code);
        }
        return mvc.perform(request.with(r -> {
                    r.setRemoteAddr("10.55.0." + (System.nanoTime() % 200 + 1));
                    return r;
                }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    static String codeAtStep(String secret, long step) {
        return Totp.codeAtStep(Totp.fromBase32(secret), step, 6, Totp.Algorithm.SHA1);
    }

    @Test
    void enrolSignInWithACodeOnceRecoverAndReset() throws Exception {
        String name = "tf" + System.nanoTime();
        CreatedUser created = TestAccounts.asSystem(
                () -> users.create(new CreateUserCommand(name, "Two Factor", null, Role.ANALYST, null)));
        long id = created.account().id();
        TestAccounts.asSystem(() -> {
            users.changeOwnPassword(id, created.oneTimePassword(), PASSWORD);
            return null;
        });
        MvcResult login = mvc.perform(formLogin().user(name).password(PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        MvcResult setUp =
                mvc.perform(get("/account/second-factor").session(session)).andReturn();
        SecondFactors.Pending pending = (SecondFactors.Pending)
                Objects.requireNonNull(setUp.getModelAndView()).getModel().get("pending");
        assertThat(pending.otpauthUri()).startsWith("otpauth://totp/Steward:" + name + "?secret=" + pending.secret());
        assertThat(setUp.getResponse().getContentAsString()).contains(pending.secret());

        String wrong = mvc.perform(post("/account/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", "000000"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).contains("not valid").contains(pending.secret());

        long now = Totp.step(Instant.now().getEpochSecond());
        MvcResult confirmed = mvc.perform(post("/account/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", codeAtStep(pending.secret(), now)))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<String> recovery = (List<String>)
                Objects.requireNonNull(confirmed.getModelAndView()).getModel().get("codes");
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT code_hash FROM security_recovery_codes WHERE user_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .hasSize(10)
                .doesNotContainAnyElementsOf(recovery)
                .contains(SecondFactors.hash(recovery.getFirst()));

        assertThat(signIn(name, PASSWORD, null)).as("password alone").isEqualTo("/login?error");
        assertThat(signIn(name, PASSWORD, "123456")).as("a wrong code").isEqualTo("/login?error");
        String next = codeAtStep(pending.secret(), now + 1);
        assertThat(signIn(name, PASSWORD, next))
                .as("the next step's code (one step of drift)")
                .isEqualTo("/");
        assertThat(signIn(name, PASSWORD, next)).as("the same code again").isEqualTo("/login?error");
        assertThat(signIn(name, "wrong-password-entirely", codeAtStep(pending.secret(), now + 1)))
                .isEqualTo("/login?error");
        assertThat(signIn(name, PASSWORD, recovery.get(3).toUpperCase()))
                .as("a recovery code")
                .isEqualTo("/");
        assertThat(signIn(name, PASSWORD, recovery.get(3))).as("used up").isEqualTo("/login?error");
        assertThat(mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("HTTP Basic cannot carry a code")
                .isEqualTo(401);

        StewardUser admin = (StewardUser) users.loadUserByUsername(TestAccounts.asSystem(() ->
                        users.create(new CreateUserCommand("ad" + System.nanoTime(), "Admin", null, Role.ADMIN, null)))
                .account()
                .username());
        assertThat(mvc.perform(post("/admin/users/" + id + "/second-factor/reset")
                                .with(user(admin))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin/users/" + id);
        assertThat(signIn(name, PASSWORD, null))
                .as("after the reset, the password alone")
                .isEqualTo("/");
    }
}
