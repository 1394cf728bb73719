package com.steward.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditEntry;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.CreateUserCommand;
import com.steward.app.users.UpdateUserCommand;
import com.steward.app.users.UserAccount;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The foundation's behaviour end to end through the web layer, run once on the embedded H2
 * database and once on PostgreSQL by the two concrete subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PlatformScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    private long vendorRows() {
        return jdbc.sql("SELECT COUNT(*) FROM vendors").query(Long.class).single();
    }

    @Test
    void migrationsCreateTheOperationalSchema() {
        List<Integer> applied = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")
                .query(Integer.class)
                .list();
        assertThat(applied.getFirst()).isGreaterThanOrEqualTo(2);
        assertThat(users.all()).extracting(UserAccount::username).contains("admin");
    }

    @Test
    void vendorUserSeesOnlyItsOwnVendorInTheApi() throws Exception {
        mvc.perform(get("/api/v1/vendors").with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(accounts.ownVendor.id()));
        mvc.perform(get("/api/v1/vendors/" + accounts.otherVendor.id()).with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/vendors").with(user(accounts.principal(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + accounts.otherVendor.id() + ")]")
                        .exists())
                .andExpect(jsonPath("$[?(@.id == " + accounts.ownVendor.id() + ")]")
                        .exists());
    }

    @Test
    void vendorUserCannotOpenAnotherVendorsPage() throws Exception {
        mvc.perform(get("/vendors/" + accounts.otherVendor.id()).with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/vendors/" + accounts.ownVendor.id()).with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(accounts.ownVendor.name())));
    }

    @Test
    void registeringAndChangingAVendorIsAuditedWithBeforeAndAfter() throws Exception {
        var manager = accounts.principal(Role.MANAGER);
        String location = mvc.perform(post("/api/v1/vendors")
                        .with(user(manager))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"audited-co\",\"name\":\"Audited Co\",\"status\":\"PROSPECT\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(put("/api/v1/vendors/" + id)
                        .with(user(manager))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Audited Company\",\"status\":\"SHORTLISTED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHORTLISTED"));

        List<AuditEntry> entries = audit.newest("vendor", 10).stream()
                .filter(e -> e.entityId().equals(Long.toString(id)))
                .toList();
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        AuditEntry update = entries.getFirst();
        assertThat(update.actor()).isEqualTo(manager.getUsername());
        assertThat(update.before()).contains("\"Audited Co\"").contains("PROSPECT");
        assertThat(update.after()).contains("\"Audited Company\"").contains("SHORTLISTED");
        assertThat(entries.get(1).before()).isNull();
    }

    @Test
    void auditLogIsExportableAsCsvForManagersOnly() throws Exception {
        String csv = mvc.perform(get("/audit.csv").with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().findFirst())
                .hasValue("id,occurred_at,actor,action,entity_type,entity_id,vendor_id,before,after");
        assertThat(csv).contains(accounts.ownVendor.code());
        mvc.perform(get("/audit.csv").with(user(accounts.principal(Role.ANALYST))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit.csv").with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isForbidden());
    }

    /**
     * Where a successful sign-in with a one-time password lands (the fixture's accounts have one, as every new
     * account does): the account page, to choose a password (issue 17).
     */
    static final String SIGNED_IN_WITH_ONE_TIME_PASSWORD = "/account?mustChange";

    @Test
    void signInWorksWithTheRightPasswordOnly() throws Exception {
        String username = accounts.principal(Role.VIEWER).getUsername();
        mvc.perform(formLogin("/login").user(username).password(accounts.passwords.get(Role.VIEWER)))
                .andExpect(redirectedUrl(SIGNED_IN_WITH_ONE_TIME_PASSWORD));
        mvc.perform(formLogin("/login").user(username).password("wrong-password-123"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-at-all").password("whatever-123456"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void repeatedWrongPasswordsMakeThatAddressWaitEvenWithTheRightPasswordButNotTheOwner() throws Exception {
        String username = accounts.principal(Role.ANALYST).getUsername();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password(accounts.passwords.get(Role.ANALYST)))
                .andExpect(redirectedUrl("/login?throttled"));
        // the guesser's address waits; the account's owner elsewhere signs in (issue 17: no flat lock)
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.20.30.40");
                            return request;
                        })
                        .param("username", username)
                        .param("password", accounts.passwords.get(Role.ANALYST)))
                .andExpect(redirectedUrl(SIGNED_IN_WITH_ONE_TIME_PASSWORD));
    }

    @Test
    void deactivatedUserCannotSignIn() throws Exception {
        var viewer = accounts.principal(Role.VIEWER);
        TestAccounts.asSystem(
                () -> users.update(viewer.id(), new UpdateUserCommand("Gone", Role.VIEWER, null, false), "test"));
        mvc.perform(formLogin("/login").user(viewer.getUsername()).password(accounts.passwords.get(Role.VIEWER)))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        long before = vendorRows();
        mvc.perform(post("/vendors")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .param("code", "forged")
                        .param("name", "Forged")
                        .param("status", "PROSPECT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/vendors")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf().useInvalidToken())
                        .param("code", "forged")
                        .param("name", "Forged")
                        .param("status", "PROSPECT"))
                .andExpect(status().isForbidden());
        assertThat(vendorRows()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedWith413AndChangesNothing() throws Exception {
        long before = vendorRows();
        String huge = "{\"code\":\"big\",\"name\":\"" + "x".repeat(2_000_000) + "\",\"status\":\"PROSPECT\"}";
        mvc.perform(post("/api/v1/vendors")
                        .with(user(accounts.principal(Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isPayloadTooLarge());
        assertThat(vendorRows()).isEqualTo(before);
    }

    @Test
    void malformedJsonGetsAProblemDetailAndChangesNothing() throws Exception {
        long before = vendorRows();
        mvc.perform(post("/api/v1/vendors")
                        .with(user(accounts.principal(Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"x\", \"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed request body"))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(post("/api/v1/vendors")
                        .with(user(accounts.principal(Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"Bad Code!\", \"name\": \"\", \"status\": \"PROSPECT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
        assertThat(vendorRows()).isEqualTo(before);
    }

    @Test
    void unknownRoutesAnswer404WithoutLeakingInternals() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(user(accounts.principal(Role.ADMIN))))
                .andExpect(status().isNotFound())
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
        mvc.perform(get("/vendors/not-a-number")
                        .with(user(accounts.principal(Role.ADMIN)))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("at com.steward"))));
        mvc.perform(get("/api/v1/vendors/999999999").with(user(accounts.principal(Role.ADMIN))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No vendor with id 999999999"));
    }

    @Test
    void theApiAnswers401WithoutCredentialsAndAcceptsHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var vendorUser = accounts.principal(Role.VENDOR);
        mvc.perform(get("/api/v1/me").with(httpBasic(vendorUser.getUsername(), accounts.passwords.get(Role.VENDOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("VENDOR"))
                .andExpect(jsonPath("$.vendorId").value(accounts.ownVendor.id()));
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void healthIsOpenAndOtherActuatorEndpointsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/metrics").with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(accounts.principal(Role.ADMIN))))
                .andExpect(status().isOk());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aVendorUserMustBeBoundToAKnownVendorAndOnlyVendorUsersAreBound() throws Exception {
        var admin = accounts.principal(Role.ADMIN);
        mvc.perform(post("/api/v1/users")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"unbound\",\"displayName\":\"U\",\"role\":\"VENDOR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("vendorId"));
        mvc.perform(post("/api/v1/users")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"bound-analyst\",\"displayName\":\"B\",\"role\":\"ANALYST\",\"vendorId\":"
                                        + accounts.ownVendor.id() + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/users")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"new-vendor-am\",\"displayName\":\"N\",\"role\":\"VENDOR\",\"vendorId\":"
                                        + accounts.otherVendor.id() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.oneTimePassword").isString())
                .andExpect(jsonPath("$.account.vendorId").value(accounts.otherVendor.id()));
    }

    @Test
    void anAdministratorCannotDemoteThemselves() {
        var admin = accounts.principal(Role.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestAccounts.asSystem(() -> users.update(
                        admin.id(), new UpdateUserCommand("Me", Role.VIEWER, null, true), admin.getUsername())))
                .hasMessageContaining("own administrator rights");
        assertThat(users.get(admin.id()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyOnceWithARandomPassword() {
        assertThat(TestAccounts.asSystem(users::createFirstAdministrator)).isEmpty();
        var one = TestAccounts.asSystem(
                () -> users.create(new CreateUserCommand("pw-one", "One", null, Role.VIEWER, null)));
        var two = TestAccounts.asSystem(
                () -> users.create(new CreateUserCommand("pw-two", "Two", null, Role.VIEWER, null)));
        assertThat(one.oneTimePassword()).hasSize(20).isNotEqualTo(two.oneTimePassword());
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'pw-one'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt-sha256}").doesNotContain(one.oneTimePassword());
    }

    @Test
    void theOpenApiDocumentDescribesTheVersionedApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/vendors'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/vendors/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists());
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
    }
}
