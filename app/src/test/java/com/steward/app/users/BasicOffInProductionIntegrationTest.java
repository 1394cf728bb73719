package com.steward.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.steward.app.security.Role;
import com.steward.app.security.TokenScope;
import com.steward.app.support.PostgresDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.vendors.VendorRegister;
import org.jspecify.annotations.NullUnmarked;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The {@code postgres} (production) profile refuses HTTP Basic with a person's password; tokens work. */
@PostgresDatabase
@ActiveProfiles("postgres")
@SpringBootTest
@AutoConfigureMockMvc
@NullUnmarked // test code: NullAway checks the production code of this package
class BasicOffInProductionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    ApiTokens tokens;

    @Test
    void basicIsRefusedAndBearerWorks() throws Exception {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        String analyst = accounts.principal(Role.ANALYST).getUsername();
        MockHttpServletResponse basic = mvc.perform(
                        get("/api/v1/me").with(httpBasic(analyst, accounts.passwords.get(Role.ANALYST))))
                .andReturn()
                .getResponse();
        assertThat(basic.getStatus()).isEqualTo(401);
        assertThat(basic.getHeaders("WWW-Authenticate")).noneMatch(h -> h.startsWith("Basic"));

        IssuedToken token =
                TestAccounts.asSystem(() -> tokens.issue(CreateTokenCommand.forUser(analyst, "prod", TokenScope.READ)));
        MockHttpServletResponse bearer = mvc.perform(
                        get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andReturn()
                .getResponse();
        assertThat(bearer.getStatus()).isEqualTo(200);
        assertThat(bearer.getContentAsString()).contains(analyst);
    }
}
