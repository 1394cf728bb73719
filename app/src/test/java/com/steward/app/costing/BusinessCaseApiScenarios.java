package com.steward.app.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditEntry;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.core.costing.BusinessCase;
import com.steward.core.costing.BusinessCases;
import com.steward.core.costing.Distribution;
import com.steward.core.costing.SavingsRisk;
import com.steward.core.costing.SavingsRiskResult;
import com.steward.core.costing.UncertainInputs;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Business cases end to end through the API and pages, on H2 and on PostgreSQL (the two concrete
 * subclasses). Figures are checked against a second computation with {@code core}.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class BusinessCaseApiScenarios {

    static final String CASE = """
            {"name":"Onshore vs two offers","termMonths":36,"annualDiscountRate":0.08,
             "workload":{"contactsPerMonth":40000,"ahtSeconds":320},
             "inHouse":{"agentAnnualSalary":36000},
             "hiddenCosts":{"extraAnnualChurnRate":0.004,"customersAffected":200000,"customerLifetimeValue":900},
             "offers":[{"name":"Vendor A","pricingModel":"PER_PRODUCTIVE_HOUR","price":30,"transitionCost":120000},
                       {"name":"Vendor B","pricingModel":"PER_HANDLED_MINUTE","price":0.9,"currency":"EUR","exchangeRateToBase":1.1}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    AuditLog audit;

    @Autowired
    ObjectMapper json;

    TestAccounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    UserDetails as(Role role) {
        return accounts.principal(role);
    }

    ResultActions create(Role role, String body) throws Exception {
        return mvc.perform(post("/api/v1/business-cases")
                .with(user(as(role)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    long created(ResultActions result) throws Exception {
        JsonNode body = json.readTree(
                result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return body.get("id").asLong();
    }

    @Test
    void createCopyCompareAndDeleteAScenarioWithEveryChangeAudited() throws Exception {
        long id = created(create(Role.ANALYST, CASE));
        mvc.perform(get("/api/v1/business-cases/" + id).with(user(as(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Onshore vs two offers"))
                .andExpect(jsonPath("$.inputs.inHouse.benefitsRate").value(0.25)) // default filled in
                .andExpect(jsonPath("$.inputs.offers[1].currency").value("EUR"));

        long copy = created(mvc.perform(post("/api/v1/business-cases/" + id + "/copy")
                .with(user(as(Role.MANAGER)))
                .with(csrf())));
        mvc.perform(put("/api/v1/business-cases/" + copy)
                        .with(user(as(Role.MANAGER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CASE.replace("Onshore vs two offers", "Longer term")
                                .replace("\"termMonths\":36", "\"termMonths\":60")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inputs.termMonths").value(60));

        String compared = mvc.perform(get("/api/v1/business-cases/compare")
                        .param("ids", id + "," + copy)
                        .with(user(as(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].name").value("Longer term"))
                .andExpect(jsonPath("$[1].termMonths").value(60))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode first = json.readTree(compared).get(0);
        BusinessCaseInput input = json.readValue(CASE, BusinessCaseInput.class);
        BusinessCase expected = BusinessCases.evaluate(input.toCore());
        JsonNode inHouse = first.get("options").get(0);
        assertThat(inHouse.get("name").asString()).isEqualTo(BusinessCases.IN_HOUSE);
        assertThat(inHouse.get("totalCost").asDouble())
                .isCloseTo(expected.inHouse().totalCost(), within(1e-6));
        JsonNode vendorB = first.get("options").get(2);
        assertThat(vendorB.get("name").asString()).isEqualTo("Vendor B");
        assertThat(vendorB.get("totalCost").asDouble())
                .isCloseTo(expected.vendor("Vendor B").totalCost(), within(1e-6));
        assertThat(vendorB.get("npv").asDouble())
                .isCloseTo(expected.vendor("Vendor B").npv(), within(1e-6));
        assertThat(vendorB.get("savingsPercent").asDouble())
                .isCloseTo(expected.vendor("Vendor B").savingsPercent(), within(1e-12));
        JsonNode vendorA = first.get("options").get(1);
        var breakEven = expected.vendor("Vendor A").breakEvenMonth();
        if (breakEven.isPresent()) {
            assertThat(vendorA.get("breakEvenMonth").asInt()).isEqualTo(breakEven.getAsInt());
        } else {
            assertThat(vendorA.get("breakEvenMonth").isNull()).isTrue();
        }
        List<Double> monthly = expected.vendor("Vendor A").monthlyCosts();
        assertThat(vendorA.get("cumulativeCosts").get(monthly.size() - 1).asDouble())
                .isCloseTo(expected.vendor("Vendor A").totalCost(), within(1e-6));

        mvc.perform(delete("/api/v1/business-cases/" + copy)
                        .with(user(as(Role.ANALYST)))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/business-cases/" + copy).with(user(as(Role.ANALYST))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        List<AuditEntry> entries = audit.newest("business_case", 100);
        assertThat(entries)
                .filteredOn(e -> e.entityId().equals(Long.toString(copy)))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
        AuditEntry update = entries.stream()
                .filter(e -> e.entityId().equals(Long.toString(copy)) && e.action() == AuditAction.UPDATE)
                .findFirst()
                .orElseThrow();
        assertThat(update.before()).contains("Copy of Onshore vs two offers");
        assertThat(update.after()).contains("Longer term");
        assertThat(update.actor()).isEqualTo(as(Role.MANAGER).getUsername());
        assertThat(entries)
                .filteredOn(e -> e.entityId().equals(Long.toString(id)))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void vendorUsersAreDeniedEveryBusinessCaseRoute() throws Exception {
        long id = created(create(Role.MANAGER, CASE));
        var vendor = as(Role.VENDOR);
        mvc.perform(get("/api/v1/business-cases").with(user(vendor))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/business-cases/" + id).with(user(vendor))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/business-cases/" + id + "/evaluation").with(user(vendor)))
                .andExpect(status().isForbidden());
        create(Role.VENDOR, CASE).andExpect(status().isForbidden());
        mvc.perform(get("/decide/business-cases/" + id).with(user(vendor))).andExpect(status().isForbidden());
        mvc.perform(get("/decide/staffing").with(user(vendor))).andExpect(status().isForbidden());
        create(Role.VIEWER, CASE).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        create(Role.ANALYST, CASE.replace("\"agentAnnualSalary\":36000", "\"benefitsRate\":-0.1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("inHouse.benefitsRate"));
        create(Role.ANALYST, CASE.replace("\"price\":0.9", "\"price\":-2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offers[1].price"));
        create(Role.ANALYST, CASE.replace("\"termMonths\":36", "\"termMonths\":0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("termMonths"));
        create(Role.ANALYST, CASE.replace("Vendor B", "Vendor A"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offers"));
        create(Role.ANALYST, "{\"name\":\" \",\"offers\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void savingsRiskIsReproducibleAndEqualsCoresSimulation() throws Exception {
        long id = created(create(Role.ANALYST, CASE));
        String body = """
                {"offerName":"Vendor A","savingsTarget":0.1,"trials":5000,"seed":7,
                 "contactsPerMonth":{"type":"TRIANGULAR","low":34000,"mode":40000,"high":48000},
                 "ahtSeconds":{"type":"NORMAL","mean":320,"standardDeviation":20},
                 "parallelRunMonths":{"type":"UNIFORM","low":1,"high":5}}
                """;
        String answer = mvc.perform(post("/api/v1/business-cases/" + id + "/savings-risk")
                        .with(user(as(Role.VIEWER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var base = json.readValue(CASE, BusinessCaseInput.class).toCore();
        UncertainInputs u = UncertainInputs.fixedAt(base)
                .withContactsPerMonth(Distribution.triangular(34000, 40000, 48000))
                .withAhtSeconds(Distribution.normal(320, 20))
                .withParallelRunMonths(Distribution.uniform(1, 5));
        SavingsRiskResult expected = SavingsRisk.simulate(base, "Vendor A", u, 0.1, 5000, 7, 1);
        JsonNode result = json.readTree(answer);
        assertThat(result.get("probabilityOfReachingTarget").asDouble())
                .isEqualTo(expected.probabilityOfReachingTarget());
        assertThat(result.get("p10").asDouble()).isEqualTo(expected.p10());
        assertThat(result.get("p50").asDouble()).isEqualTo(expected.p50());
        assertThat(result.get("p90").asDouble()).isEqualTo(expected.p90());
        assertThat(result.get("tornado").size()).isEqualTo(3);
        assertThat(result.get("tornado").get(0).get("input").asString())
                .isEqualTo(expected.tornado().getFirst().input());

        mvc.perform(post("/api/v1/business-cases/" + id + "/savings-risk")
                        .with(user(as(Role.VIEWER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactsPerMonth\":{\"type\":\"TRIANGULAR\",\"low\":5,\"mode\":1,\"high\":9}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactsPerMonth.mode"));
        mvc.perform(post("/api/v1/business-cases/" + id + "/savings-risk")
                        .with(user(as(Role.VIEWER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"trials\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("trials"));
    }

    @Test
    void thePagesListShowCompareAndSimulateAScenario() throws Exception {
        long id = created(create(Role.ANALYST, CASE));
        var analyst = as(Role.ANALYST);
        mvc.perform(get("/decide/business-cases").with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Onshore vs two offers")));
        mvc.perform(get("/decide/business-cases/" + id).with(user(as(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-chart")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vendor B")));
        mvc.perform(get("/decide/business-cases/compare")
                        .param("ids", Long.toString(id))
                        .with(user(analyst)))
                .andExpect(status().isOk());
        mvc.perform(get("/decide/business-cases/" + id + "/risk")
                        .param("trials", "500")
                        .with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tornado-chart")));
        mvc.perform(get("/decide/business-cases/new").with(user(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("inHouse.agentAnnualSalary")));
        String location = mvc.perform(post("/decide/business-cases")
                        .with(user(analyst))
                        .with(csrf())
                        .param("name", "From the form")
                        .param("inHouse.benefitsRate", "0.3")
                        .param("offers[0].name", "Form vendor")
                        .param("offers[0].pricingModel", "PER_CONTACT")
                        .param("offers[0].price", "4.5")
                        .param("offers[1].name", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long formId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/api/v1/business-cases/" + formId).with(user(analyst)))
                .andExpect(jsonPath("$.inputs.inHouse.benefitsRate").value(0.3))
                .andExpect(jsonPath("$.inputs.offers.length()").value(1));
        mvc.perform(post("/decide/business-cases")
                        .with(user(analyst))
                        .with(csrf())
                        .param("name", "Broken")
                        .param("inHouse.benefitsRate", "lots")
                        .param("offers[0].name", "X")
                        .param("offers[0].pricingModel", "PER_CONTACT")
                        .param("offers[0].price", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("inHouse.benefitsRate")));
        mvc.perform(post("/decide/business-cases/" + formId + "/delete")
                        .with(user(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
