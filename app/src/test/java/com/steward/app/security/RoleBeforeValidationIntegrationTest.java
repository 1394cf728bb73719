package com.steward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.steward.app.security.RouteAccessIntegrationTest.Caller;
import com.steward.app.security.RouteAccessIntegrationTest.Declaration;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The role check comes before validation: for every route of the route-access matrix that takes a body and refuses
 * some role with 403, that role sending an <em>invalid</em> body still gets 403, never 400 with the field rules.
 */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class RoleBeforeValidationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    @Test
    void aForbiddenRoleWithAnInvalidBodyGets403OnEveryMatrixRouteWithABody() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Declaration route : RouteAccessIntegrationTest.readDeclarations()) {
            String path = route.sample()
                    .replace("{ownVendor}", Long.toString(accounts.ownVendor.id()))
                    .replace("{otherVendor}", Long.toString(accounts.otherVendor.id()))
                    .replace(
                            "{vendorUser}",
                            Long.toString(accounts.principal(Role.VENDOR).id()));
            if (route.body() == null || route.deniedStatus() != 403 || path.contains("{")) {
                continue; // fixture-specific samples are covered by the matrix itself
            }
            for (Role role : Role.values()) {
                if (route.allowed().contains(Caller.valueOf(role.name()))) {
                    continue;
                }
                MockHttpServletRequestBuilder invalid =
                        request(route.method(), path).with(csrf()).with(user(accounts.principal(role)));
                invalid = route.body().startsWith("{")
                        ? invalid.contentType(MediaType.APPLICATION_JSON).content("{\"no\":")
                        : invalid.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content("unexpected=1");
                int status = mvc.perform(invalid).andReturn().getResponse().getStatus();
                checked++;
                if (status != 403) {
                    wrong.add(role + " " + route.method() + " " + path + " -> " + status + " (" + route.line() + ")");
                }
            }
        }
        assertThat(checked).as("routes with bodies checked").isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aViewerSendingAnInvalidUserGetsForbiddenNotTheFieldRules() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/users")
                        .with(user(accounts.principal(Role.VIEWER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\",\"role\":\"NOPE\"}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).doesNotContain("username");
    }

    @Test
    void aWorkloadTooLargeToStaffAnswers400NamingCalls() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/staffing/required-agents")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"calls\":1e9,\"ahtSeconds\":180,\"targetServiceLevel\":0.8}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("calls").contains("cannot be staffed");
    }
}
