package com.steward.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.security.TokenScope;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.vendors.VendorRegister;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullUnmarked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** API tokens: Bearer sign-in, scopes capped by the owner's role, expiry, revocation, hashes only, vendor isolation. */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
@NullUnmarked // test code: NullAway checks the production code of this package
class ApiTokenIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    IssuedToken issue(Role owner, TokenScope scope) {
        return TestAccounts.asSystem(() -> tokens.issue(
                CreateTokenCommand.forUser(accounts.principal(owner).getUsername(), "test " + scope, scope)));
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, IssuedToken token) throws Exception {
        return call(request, "Bearer " + token.secret(), "10.1.1.1");
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String authorization, String address)
            throws Exception {
        RequestBuilder withHeaders = request.header("Authorization", authorization)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return mvc.perform(withHeaders).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder newVendor() {
        String code = "t" + System.nanoTime();
        return post("/api/v1/vendors")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"name\":\"Token vendor " + code + "\",\"status\":\"PROSPECT\"}");
    }

    @Test
    void aBearerTokenSignsInAsItsOwnerWithoutASessionAndRecordsItsUse() throws Exception {
        IssuedToken token = issue(Role.ANALYST, TokenScope.WRITE);
        assertThat(token.secret()).startsWith("stw_").hasSizeGreaterThan(40);
        assertThat(tokens.get(token.token().id()).lastUsedAt()).isNull();

        MockHttpServletResponse me = call(get("/api/v1/me"), token);
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString())
                .contains("\"username\":\"" + accounts.principal(Role.ANALYST).getUsername() + "\"")
                .contains("\"role\":\"ANALYST\"");
        assertThat(me.getCookie("SESSION")).isNull();
        assertThat(me.getCookie("JSESSIONID")).isNull();
        assertThat(tokens.get(token.token().id()).lastUsedAt()).isNotNull();
        assertThat(call(get("/api/v1/me"), "Bearer stw_not-a-token", "10.1.1.2").getStatus())
                .isEqualTo(401);
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() throws Exception {
        IssuedToken token = issue(Role.VIEWER, TokenScope.READ);
        Map<String, Object> row = jdbc.sql("SELECT * FROM security_api_tokens WHERE id = :id")
                .param("id", token.token().id())
                .query()
                .singleRow();
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.secret().getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_hash")).isEqualTo(expected);
        assertThat(row.values())
                .as("no column holds the secret")
                .noneMatch(value -> value != null && value.toString().contains(token.secret()));
        assertThat(token.secret()).startsWith(token.token().prefix());
        assertThat(mvc.perform(get("/api/v1/tokens")
                                .with(httpBasic(
                                        accounts.principal(Role.ADMIN).getUsername(),
                                        accounts.passwords.get(Role.ADMIN))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(token.token().prefix())
                .doesNotContain(token.secret());
    }

    @Test
    void aReadTokenReadsAsAViewerAndChangesNothing() throws Exception {
        IssuedToken read = issue(Role.ADMIN, TokenScope.READ);
        assertThat(call(get("/api/v1/me"), read).getContentAsString()).contains("\"role\":\"VIEWER\"");
        assertThat(call(get("/api/v1/vendors"), read).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/users"), read).getStatus())
                .as("an administrator's read token does not read users")
                .isEqualTo(403);
        assertThat(call(newVendor(), read).getStatus()).isEqualTo(403);
    }

    @Test
    void anImportTokenImportsButChangesNothingElse() throws Exception {
        IssuedToken importer = issue(Role.MANAGER, TokenScope.IMPORT);
        assertThat(call(get("/api/v1/me"), importer).getContentAsString()).contains("\"role\":\"ANALYST\"");
        assertThat(call(newVendor(), importer).getStatus()).isEqualTo(403);
        MockHttpServletResponse upload = call(post("/api/v1/imports").param("dataset", "interactions"), importer);
        assertThat(upload.getStatus())
                .as("reaches the import (no file: a clear 400), not refused")
                .isEqualTo(400);
        assertThat(call(post("/api/v1/imports").param("dataset", "interactions"), issue(Role.VIEWER, TokenScope.IMPORT))
                        .getStatus())
                .as("an import token never exceeds a viewer owner")
                .isEqualTo(403);
    }

    @Test
    void aWriteTokenNeverExceedsItsOwner() throws Exception {
        assertThat(call(newVendor(), issue(Role.MANAGER, TokenScope.WRITE)).getStatus())
                .isEqualTo(201);
        MockHttpServletResponse createUser = call(
                post("/api/v1/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"tok" + System.nanoTime()
                                + "\",\"displayName\":\"X\",\"role\":\"ADMIN\"}"),
                issue(Role.MANAGER, TokenScope.WRITE));
        assertThat(createUser.getStatus()).isEqualTo(403);
    }

    @Test
    void expiredAndRevokedTokensAreRefused() throws Exception {
        IssuedToken expiring = issue(Role.VIEWER, TokenScope.READ);
        assertThat(call(get("/api/v1/vendors"), expiring).getStatus()).isEqualTo(200);
        jdbc.sql("UPDATE security_api_tokens SET expires_at = created_at - INTERVAL '1' SECOND WHERE id = :id")
                .param("id", expiring.token().id())
                .update();
        assertThat(call(get("/api/v1/vendors"), expiring).getStatus()).isEqualTo(401);

        IssuedToken revoked = issue(Role.VIEWER, TokenScope.READ);
        assertThat(call(get("/api/v1/vendors"), revoked).getStatus()).isEqualTo(200);
        TestAccounts.asSystem(() -> tokens.revoke(revoked.token().id()));
        MockHttpServletResponse refused = call(get("/api/v1/vendors"), revoked);
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getHeader("WWW-Authenticate")).contains("invalid_token");
        assertThat(tokens.get(revoked.token().id()).status(Instant.now())).isEqualTo("REVOKED");
        assertThat(audit.newest(ApiTokens.AUDIT_TYPE, 50))
                .anySatisfy(entry -> assertThat(entry.entityId())
                        .isEqualTo(String.valueOf(revoked.token().id())));
    }

    @Test
    void aVendorTokenSeesOnlyItsVendor() throws Exception {
        IssuedToken vendorToken = issue(Role.VENDOR, TokenScope.WRITE);
        String list = call(get("/api/v1/vendors"), vendorToken).getContentAsString();
        assertThat(list)
                .contains("\"id\":" + accounts.ownVendor.id() + ",")
                .doesNotContain("\"id\":" + accounts.otherVendor.id() + ",");
        assertThat(call(get("/api/v1/vendors/" + accounts.otherVendor.id()), vendorToken)
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(get("/api/v1/vendors/" + accounts.ownVendor.id()), vendorToken)
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aServiceAccountSignsInWithTokensOnly() throws Exception {
        String name = "svc-" + System.nanoTime();
        UserAccount account = TestAccounts.asSystem(() -> users.createServiceAccount(
                new CreateServiceAccountCommand(name, "Nightly WFM import", Role.ANALYST, null)));
        assertThat(account.serviceAccount()).isTrue();
        IssuedToken token = TestAccounts.asSystem(
                () -> tokens.issue(CreateTokenCommand.forUser(name, "nightly", TokenScope.IMPORT)));
        assertThat(call(get("/api/v1/me"), token).getContentAsString()).contains("\"username\":\"" + name + "\"");
        assertThat(users.all()).anySatisfy(u -> assertThat(u.username()).isEqualTo(name));
        assertThatThrownBy(() -> users.loadUserByUsername(name))
                .as("no password sign-in for a service account")
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void unknownTokensCountTowardsTheAddressLimit() throws Exception {
        IssuedToken good = issue(Role.VIEWER, TokenScope.READ);
        for (int i = 0; i < 30; i++) {
            assertThat(call(get("/api/v1/me"), "Bearer stw_guess" + i, "10.66.0.7")
                            .getStatus())
                    .isEqualTo(401);
        }
        MockHttpServletResponse blocked = call(get("/api/v1/me"), "Bearer " + good.secret(), "10.66.0.7");
        assertThat(blocked.getStatus()).isEqualTo(429);
        assertThat(blocked.getHeader("Retry-After")).isNotBlank();
        assertThat(call(get("/api/v1/me"), "Bearer " + good.secret(), "10.66.0.8")
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void tokensAreIssuedAndRevokedOverTheApiByAdministratorsOnly() throws Exception {
        String body = "{\"username\":\"" + accounts.principal(Role.VIEWER).getUsername()
                + "\",\"name\":\"api\",\"scope\":\"READ\",\"expiresInDays\":30}";
        IssuedToken admin = issue(Role.ADMIN, TokenScope.WRITE);
        MockHttpServletResponse created = call(
                post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content(body), admin);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"secret\":\"stw_");
        assertThat(call(
                                post("/api/v1/tokens")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(body.replace("30", "0")),
                                admin)
                        .getStatus())
                .as("an expiry under a day is refused")
                .isEqualTo(400);
        assertThat(call(
                                post("/api/v1/tokens")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(body),
                                issue(Role.MANAGER, TokenScope.WRITE))
                        .getStatus())
                .isEqualTo(403);
        List<ApiToken> all = tokens.all();
        assertThat(all).allSatisfy(t -> assertThat(t.prefix()).startsWith("stw_"));
    }
}
