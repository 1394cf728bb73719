package com.steward.app.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.audit.AuditLog;
import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.costing.BusinessCaseScenario;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Contracts, scorecards, results, credits, standings and teams end to end through the web layer,
 * on H2 and on PostgreSQL by the two concrete subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ContractScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Contracts contracts;

    @Autowired
    BusinessCaseScenarios businessCases;

    @Autowired
    AuditLog audit;

    TestAccounts accounts;
    long own;
    long other;

    @BeforeEach
    void createContracts() {
        accounts = TestAccounts.create(vendors, users);
        own = ContractFixtures.as(
                accounts,
                Role.MANAGER,
                () -> contracts
                        .create(ContractFixtures.contractFor(accounts.ownVendor.id(), "Own care"))
                        .id());
        other = ContractFixtures.as(
                accounts,
                Role.MANAGER,
                () -> contracts
                        .create(ContractFixtures.contractFor(accounts.otherVendor.id(), "Other care"))
                        .id());
    }

    private ResultActions call(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.principal(role))).with(csrf()));
    }

    private ResultActions json(Role role, MockHttpServletRequestBuilder request, String body) throws Exception {
        return call(role, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static final String QUALITY_FIRST = """
            {"metrics":[{"metricId":"csat","target":0.85,"threshold":0.75,"weight":40},
                        {"metricId":"qa","target":90,"threshold":80,"weight":30},
                        {"metricId":"aht","target":300,"threshold":360,"weight":30}]}
            """;

    private void defineQualityFirst(long contract) throws Exception {
        json(Role.MANAGER, put("/api/v1/contracts/" + contract + "/scorecard"), QUALITY_FIRST)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualityAndCustomerShare", closeTo(0.70, 1e-9)))
                .andExpect(jsonPath("$.warning").doesNotExist());
    }

    @Test
    void aManagerCreatesAContractWithItsScopeAndDefaultRules() throws Exception {
        json(Role.MANAGER, post("/api/v1/contracts"), """
                        {"vendorId":%d,"name":"Care 2026","termStart":"2026-01-01","termEnd":"2028-12-31",
                         "queues":["care","vip"],"regions":["EMEA"],"channels":["voice"]}
                        """.formatted(accounts.ownVendor.id()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.queues", hasSize(2)))
                .andExpect(jsonPath("$.rules.requiredQualityShare").value(0.6))
                .andExpect(jsonPath("$.rules.thresholdScore").value(80.0))
                .andExpect(jsonPath("$.vendorName").value(accounts.ownVendor.name()));
        assertThat(audit.newest(Contracts.AUDIT_CONTRACT, 5)).isNotEmpty();
        call(Role.MANAGER, get("/contracts"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Care 2026")));
        call(Role.MANAGER, get("/contracts/new")).andExpect(status().isOk());
        call(Role.MANAGER, get("/contract")).andExpect(content().string(containsString("Contracts and scorecards")));
    }

    @Test
    void attainmentCreditsAndStandingsFollowTheHandWorkedExample() throws Exception {
        defineQualityFirst(own);
        // Jan: CSAT 0.82 → 100 × 0.07 / 0.10 = 70; QA 85 → 50; AHT 330 → (330 − 360) / (300 − 360) = 50
        //      score = (40 × 70 + 30 × 50 + 30 × 50) / 100 = 58 → 22 points below 80 × 0.5 % = 11 % → cap 10 %
        //      of the 200,000 invoice = 20,000; first period below threshold → WATCH
        json(Role.ANALYST, post("/api/v1/contracts/" + own + "/results"), """
                        {"period":"2026-01","invoiceAmount":200000,"values":{"csat":0.82,"qa":85,"aht":330}}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0].score", closeTo(58, 1e-9)))
                .andExpect(jsonPath("$.periods[0].metrics[0].attainment", closeTo(70, 1e-9)))
                .andExpect(jsonPath("$.periods[0].creditPercent").value(10.0))
                .andExpect(jsonPath("$.periods[0].credit", closeTo(20_000, 1e-6)))
                .andExpect(jsonPath("$.standing").value("WATCH"));
        // Feb: CSAT 0.80 → 50; QA 88 → 80; AHT 320 → 66.67 → (2000 + 2400 + 2000) / 100 = 64 → 16 points × 0.5 = 8 %
        //      of the contract's expected 100,000 (no invoice given) = 8,000; second below → REMEDIATION
        // Mar: CSAT 0.79, QA 84, AHT 340 → 40, 40, 33.3 → (1600 + 1200 + 1000) / 100 = 38 → capped 10 % = 10,000 → EXIT
        String csv = "period,metric_id,measured\n2026-02,csat,0.80\n2026-02,qa,88\n2026-02,aht,320\n"
                + "2026-03,csat,0.79\n2026-03,qa,84\n2026-03,aht,340\n";
        call(
                        Role.ANALYST,
                        post("/api/v1/contracts/" + own + "/results/csv")
                                .contentType("text/csv")
                                .content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(6));
        call(Role.VIEWER, get("/api/v1/contracts/" + own + "/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods", hasSize(3)))
                .andExpect(jsonPath("$.periods[1].score", closeTo(64, 1e-9)))
                .andExpect(jsonPath("$.periods[1].credit", closeTo(8_000, 1e-6)))
                .andExpect(jsonPath("$.periods[1].standing").value("REMEDIATION"))
                .andExpect(jsonPath("$.periods[2].score", closeTo(38, 1e-9)))
                .andExpect(jsonPath("$.periods[2].standing").value("EXIT_CANDIDATE"))
                .andExpect(jsonPath("$.chronic").value(true))
                .andExpect(jsonPath("$.totalCredited", closeTo(38_000, 1e-6)));
        // Apr–Jun all at target: 100 each; after the third good month the 38,000 outstanding is earned back
        for (String month : new String[] {"2026-04", "2026-05", "2026-06"}) {
            json(Role.ANALYST, post("/api/v1/contracts/" + own + "/results"), """
                            {"period":"%s","values":{"csat":0.9,"qa":95,"aht":280}}
                            """.formatted(month))
                    .andExpect(status().isOk());
        }
        call(Role.MANAGER, get("/api/v1/contracts/" + own + "/results"))
                .andExpect(jsonPath("$.periods[5].earnedBack", closeTo(38_000, 1e-6)))
                .andExpect(jsonPath("$.outstanding", closeTo(0, 1e-6)))
                .andExpect(jsonPath("$.standing").value("GREEN"));
        call(Role.VIEWER, get("/contracts/" + own))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"score-chart\"")))
                .andExpect(content().string(containsString("EXIT_CANDIDATE")));
    }

    @Test
    void weightsNotSummingToOneHundredAreRejectedNamingTheField() throws Exception {
        json(Role.MANAGER, put("/api/v1/contracts/" + own + "/scorecard"), """
                        {"metrics":[{"metricId":"csat","target":0.85,"threshold":0.75,"weight":40},
                                    {"metricId":"aht","target":300,"threshold":360,"weight":50}]}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("metrics.weight"))
                .andExpect(jsonPath("$.detail", containsString("sum to 100")));
    }

    @Test
    void aTargetOnTheWrongSideOfTheThresholdIsRejectedNamingTheField() throws Exception {
        json(Role.MANAGER, put("/api/v1/contracts/" + own + "/scorecard"), """
                        {"metrics":[{"metricId":"csat","target":0.85,"threshold":0.75,"weight":60},
                                    {"metricId":"aht","target":400,"threshold":360,"weight":40}]}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("metrics[1].target"))
                .andExpect(jsonPath("$.detail", containsString("below the threshold")));
    }

    @Test
    void anUnknownMetricIdIsRejectedNamingTheField() throws Exception {
        json(Role.MANAGER, put("/api/v1/contracts/" + own + "/scorecard"), """
                        {"metrics":[{"metricId":"happiness","target":0.85,"threshold":0.75,"weight":100}]}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("metrics[0].metricId"));
        json(Role.MANAGER, put("/api/v1/contracts/" + own + "/scorecard"), """
                        {"metrics":[{"metricId":"offered","target":10,"threshold":5,"weight":100}]}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("metrics[0].metricId"));
    }

    @Test
    void operationalMetricsDominatingNeedAnAcknowledgementAndStayWarned() throws Exception {
        String operational = """
                {"metrics":[{"metricId":"csat","target":0.85,"threshold":0.75,"weight":20},
                            {"metricId":"service_level","target":0.8,"threshold":0.7,"weight":50},
                            {"metricId":"aht","target":300,"threshold":360,"weight":30}]%s}
                """;
        json(Role.MANAGER, put("/api/v1/contracts/" + own + "/scorecard"), operational.formatted(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("acknowledgeQualityShare"))
                .andExpect(jsonPath("$.detail", containsString("20%")));
        json(
                        Role.MANAGER,
                        put("/api/v1/contracts/" + own + "/scorecard"),
                        operational.formatted(",\"acknowledgeQualityShare\":true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledged").value(true))
                .andExpect(jsonPath("$.warning", containsString("Operational metrics dominate")));
        call(Role.MANAGER, get("/contracts/" + own))
                .andExpect(content().string(containsString("data-testid=\"quality-warning\"")));
        call(Role.MANAGER, get("/contracts/" + own + "/scorecard"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Operational metrics dominate")));
    }

    @Test
    void theScorecardFormRejectsBadWeightsWithAVisibleMessage() throws Exception {
        call(
                        Role.MANAGER,
                        post("/contracts/" + own + "/scorecard")
                                .param("metricId", "csat", "qa")
                                .param("target", "0.85", "90")
                                .param("threshold", "0.75", "80")
                                .param("weight", "50", "40"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("weights must sum to 100")));
    }

    @Test
    void aVendorSeesOnlyItsOwnContractAndNeverPrices() throws Exception {
        defineQualityFirst(own);
        defineQualityFirst(other);
        json(Role.ANALYST, post("/api/v1/contracts/" + own + "/results"), """
                        {"period":"2026-01","invoiceAmount":200000,"values":{"csat":0.82,"qa":85,"aht":330}}
                        """).andExpect(status().isOk());
        call(Role.VENDOR, get("/api/v1/contracts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(own))
                .andExpect(jsonPath("$[0].monthlyInvoice").doesNotExist())
                .andExpect(jsonPath("$[0].pricing").doesNotExist());
        call(Role.VENDOR, get("/api/v1/contracts/" + own + "/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0].score", closeTo(58, 1e-9)))
                .andExpect(jsonPath("$.periods[0].creditPercent").value(10.0))
                .andExpect(jsonPath("$.periods[0].credit").doesNotExist())
                .andExpect(jsonPath("$.periods[0].invoice").doesNotExist())
                .andExpect(jsonPath("$.totalCredited").doesNotExist());
        call(Role.VENDOR, get("/api/v1/contracts/" + other)).andExpect(status().isNotFound());
        call(Role.VENDOR, get("/api/v1/contracts/" + other + "/scorecard")).andExpect(status().isNotFound());
        call(Role.VENDOR, get("/api/v1/contracts/" + other + "/results")).andExpect(status().isNotFound());
        call(Role.VENDOR, get("/contracts/" + other)).andExpect(status().isNotFound());
        call(Role.VENDOR, get("/contracts/" + own + "/team")).andExpect(status().isForbidden());
        call(Role.VENDOR, get("/contracts/" + own))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Own care")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"pricing\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("200,000"))));
        call(Role.VENDOR, get("/contracts"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Other care"))));
    }

    @Test
    void thePricingLinksToABusinessCaseOffer() throws Exception {
        BusinessCaseScenario scenario = ContractFixtures.as(
                accounts, Role.MANAGER, () -> businessCases.create(BusinessCaseInput.template("Offer check")));
        String offer = scenario.inputs().offers().getFirst().name();
        json(Role.MANAGER, put("/api/v1/contracts/" + own), """
                        {"name":"Own care","status":"ACTIVE","termStart":"2026-01-01","termEnd":"2028-12-31",
                         "pricing":{"businessCaseId":%d,"offerName":"No such offer"}}
                        """.formatted(scenario.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pricing.offerName"));
        json(Role.MANAGER, put("/api/v1/contracts/" + own), """
                        {"name":"Own care","status":"ACTIVE","termStart":"2026-01-01","termEnd":"2028-12-31",
                         "pricing":{"businessCaseId":%d,"offerName":"%s"}}
                        """.formatted(scenario.id(), offer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pricing.offerName").value(offer));
        call(Role.VIEWER, get("/contracts/" + own)).andExpect(content().string(containsString("Offer check")));
        call(Role.VENDOR, get("/api/v1/contracts/" + own))
                .andExpect(jsonPath("$.pricing").doesNotExist());
    }

    @Test
    void badContractAndResultInputIsRejectedNamingTheField() throws Exception {
        json(Role.MANAGER, post("/api/v1/contracts"), """
                        {"vendorId":%d,"name":"Backwards","termStart":"2026-01-01","termEnd":"2025-12-31"}
                        """.formatted(accounts.ownVendor.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("termEnd"));
        json(Role.MANAGER, post("/api/v1/contracts"), """
                        {"vendorId":%d,"name":"Rules","termStart":"2026-01-01","termEnd":"2026-12-31",
                         "rules":{"creditCapPercent":150}}
                        """.formatted(accounts.ownVendor.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rules.capPercent"));
        defineQualityFirst(own);
        json(Role.ANALYST, post("/api/v1/contracts/" + own + "/results"), """
                        {"period":"January","values":{"csat":0.8}}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        json(Role.ANALYST, post("/api/v1/contracts/" + own + "/results"), """
                        {"period":"2026-01","values":{"nps":30}}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values.nps"));
        call(
                        Role.ANALYST,
                        post("/api/v1/contracts/" + own + "/results/csv")
                                .contentType("text/csv")
                                .content("period,metric_id,measured\n2026-01,csat,abc\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("line 2")));
    }

    @Test
    void anAnalystKeepsTheRosterAndSeesAttritionTenureAndShareDedicated() throws Exception {
        json(Role.ANALYST, post("/api/v1/contracts/" + own + "/team"), """
                        {"agentId":"A-1","startDate":"2020-01-01","dedicated":true,"trainingModules":["Luxury care","CRM"],
                         "certifiedOn":"2020-02-01"}
                        """).andExpect(status().isCreated());
        json(Role.ANALYST, post("/api/v1/contracts/" + own + "/team"), """
                        {"agentId":"A-2","startDate":"2020-01-01","dedicated":false}
                        """).andExpect(status().isCreated());
        json(Role.ANALYST, post("/api/v1/contracts/" + own + "/team"), """
                        {"agentId":"A-2","startDate":"2021-01-01"}
                        """).andExpect(status().isConflict());
        json(Role.ANALYST, post("/api/v1/contracts/" + own + "/team"), """
                        {"agentId":"A-3","startDate":"2021-01-01","endDate":"2020-01-01"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        call(Role.VIEWER, get("/api/v1/contracts/" + own + "/team/summary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headcount").value(2))
                .andExpect(jsonPath("$.shareDedicated").value(0.5))
                .andExpect(jsonPath("$.shareCertified").value(0.5))
                .andExpect(jsonPath("$.leavers").value(0));
        call(
                        Role.VIEWER,
                        post("/contracts/" + own + "/team")
                                .param("agentId", "X")
                                .param("startDate", "2025-01-01"))
                .andExpect(status().isForbidden());
        call(Role.ANALYST, get("/contracts/" + own + "/team"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Luxury care")));
    }

    @Test
    void resultsCanBeImportedFromAnUploadedCsvFile() throws Exception {
        defineQualityFirst(own);
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "results.csv",
                "text/csv",
                "period,metric_id,measured,invoice_amount\n2026-01,csat,0.9,150000\n".getBytes());
        mvc.perform(multipart("/contracts/" + own + "/results/csv")
                        .file(file)
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        call(Role.ANALYST, get("/api/v1/contracts/" + own + "/results"))
                .andExpect(jsonPath("$.periods[0].invoice").value(150000.0))
                .andExpect(jsonPath("$.periods[0].score").value(100.0));
    }
}
