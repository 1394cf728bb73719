package com.steward.app.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.core.staffing.ErlangA;
import com.steward.core.staffing.ErlangC;
import com.steward.core.staffing.QueueModel;
import com.steward.core.staffing.RequiredAgents;
import com.steward.core.staffing.StaffingGoal;
import com.steward.core.staffing.StaffingInput;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The staffing API and pages end to end, on H2 and PostgreSQL; figures checked against {@code core}. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class StaffingApiScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    ObjectMapper json;

    TestAccounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    ResultActions call(Role role, String path, String body) throws Exception {
        return mvc.perform(post("/api/v1/staffing/" + path)
                .with(user(accounts.principal(role)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    JsonNode ok(ResultActions result) throws Exception {
        return json.readTree(
                result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void erlangCOverRestEqualsCoreAndTheReferenceCase() throws Exception {
        ReferenceCases.Case c = ReferenceCases.byId("C01");
        String body = "{\"calls\":%s,\"intervalSeconds\":%s,\"ahtSeconds\":%s,\"targetSeconds\":%s,\"agents\":%s}"
                .formatted(
                        c.get("calls_per_interval"),
                        c.get("interval_s"),
                        c.get("aht_s"),
                        c.get("target_time_s"),
                        c.get("agents"));
        JsonNode result = ok(call(Role.VIEWER, "erlang-c", body));
        assertThat(result.get("probabilityOfWait").asDouble())
                .isCloseTo(c.number("expected"), within(c.number("tolerance")));
        StaffingInput input = new StaffingInput(
                c.number("calls_per_interval"), c.number("interval_s"), c.number("aht_s"), c.number("target_time_s"));
        var core = ErlangC.metrics(input, (int) c.number("agents"));
        assertThat(result.get("serviceLevel").asDouble()).isEqualTo(core.serviceLevel());
        assertThat(result.get("asaSeconds").asDouble()).isEqualTo(core.asaSeconds());
        assertThat(result.get("occupancy").asDouble()).isEqualTo(core.occupancy());
    }

    @Test
    void erlangAAndRequiredAgentsEqualCore() throws Exception {
        ReferenceCases.Case c = ReferenceCases.byId("A03");
        StaffingInput input = new StaffingInput(
                c.number("calls_per_interval"), c.number("interval_s"), c.number("aht_s"), c.number("target_time_s"));
        JsonNode required = ok(call(
                Role.ANALYST,
                "required-agents",
                "{\"calls\":%s,\"intervalSeconds\":%s,\"ahtSeconds\":%s,\"targetSeconds\":%s,\"targetServiceLevel\":%s,\"patienceSeconds\":%s}"
                        .formatted(
                                c.get("calls_per_interval"),
                                c.get("interval_s"),
                                c.get("aht_s"),
                                c.get("target_time_s"),
                                c.get("target_sl"),
                                c.get("mean_patience_s"))));
        assertThat(required.get("requiredAgents").asInt()).isEqualTo((int) c.number("expected"));
        var core = RequiredAgents.find(
                QueueModel.erlangA(c.number("mean_patience_s")),
                input,
                StaffingGoal.serviceLevel(c.number("target_sl")));
        assertThat(required.get("requiredAgents").asInt()).isEqualTo(core.agents());
        assertThat(required.get("serviceLevel").asDouble())
                .isEqualTo(core.metrics().serviceLevel());

        JsonNode a = ok(call(
                Role.MANAGER,
                "erlang-a",
                "{\"calls\":100,\"intervalSeconds\":1800,\"ahtSeconds\":240,\"agents\":14,\"patienceSeconds\":120}"));
        assertThat(a.get("probabilityOfAbandon").asDouble())
                .isEqualTo(ErlangA.probabilityOfAbandon(new StaffingInput(100, 1800, 240, 20), 120, 14));
    }

    @Test
    void planFromJsonOrUploadEqualsTheCalculator() throws Exception {
        String csv = StaffingCalculator.sampleForecastCsv();
        PlanResult expected = StaffingCalculator.plan(StaffingCalculator.sampleForecast(), PlanQuery.defaults());
        JsonNode fromJson = ok(call(Role.VIEWER, "plan", json.writeValueAsString(new PlanRequest(csv, null))));
        assertThat(fromJson.get("paidHours").asDouble()).isEqualTo(expected.paidHours());
        assertThat(fromJson.get("intervals").size())
                .isEqualTo(expected.intervals().size());
        JsonNode uploaded = ok(mvc.perform(multipart("/api/v1/staffing/plan")
                .file(new MockMultipartFile("forecast", "f.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("targetServiceLevel", "0.8")
                .param("shrinkage", "0.3")
                .with(user(accounts.principal(Role.ANALYST)))
                .with(csrf())));
        assertThat(uploaded.get("peakAgents").asInt()).isEqualTo(expected.peakAgents());
        assertThat(uploaded.get("agentHours").asDouble()).isEqualTo(expected.agentHours());
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        call(Role.ANALYST, "erlang-c", "{\"calls\":100,\"ahtSeconds\":0,\"agents\":14}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ahtSeconds"));
        call(Role.ANALYST, "erlang-c", "{\"calls\":100,\"ahtSeconds\":180,\"targetServiceLevel\":1.5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetServiceLevel"));
        call(
                        Role.ANALYST,
                        "plan",
                        "{\"forecastCsv\":\"interval_start,contacts,aht_seconds\\n2025-01-01T08:00,x,1\\n\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("forecast"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("line 2, column 2")));
        JsonNode unstable = ok(call(Role.ANALYST, "erlang-c", "{\"calls\":100,\"ahtSeconds\":180,\"agents\":5}"));
        assertThat(unstable.get("stable").asBoolean()).isFalse();
        assertThat(unstable.get("asaSeconds").isNull()).isTrue();
    }

    @Test
    void vendorUsersAreDeniedAndThePagesRender() throws Exception {
        call(Role.VENDOR, "erlang-c", "{\"calls\":100,\"ahtSeconds\":180,\"agents\":14}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/decide/staffing/plan").with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/decide/staffing")
                        .param("calls", "100")
                        .param("ahtSeconds", "180")
                        .param("agents", "14")
                        .param("goal", "agents")
                        .header("HX-Request", "true")
                        .with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"staffing-result\"")))
                .andExpect(content().string(Matchers.containsString("0.1741")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        mvc.perform(get("/decide/staffing/plan").with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-chart")));
        mvc.perform(get("/decide").with(user(accounts.principal(Role.VIEWER))))
                .andExpect(content().string(Matchers.containsString("/decide/business-cases")));
    }
}
