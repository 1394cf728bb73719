package com.steward.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.steward.app.audit.AuditEntry;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.nio.charset.StandardCharsets;
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
 * The Select step end to end through the REST API: vendor profile and documents, due diligence
 * with the NDA client list, weighted selection to a locked decision, and VENDOR isolation. Run on
 * H2 and on PostgreSQL by the concrete subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SelectScenarios {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    AuditLog audit;

    TestAccounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    private StewardUser as(Role role) {
        return accounts.principal(role);
    }

    private ResultActions json(MockHttpServletRequestBuilder request, Role role, String body) throws Exception {
        return mvc.perform(request.with(user(as(role)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions read(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(user(as(role))));
    }

    @Test
    void aManagerRecordsAProfileAndContactsAndTheVendorSeesItsOwnProfileOnly() throws Exception {
        long own = accounts.ownVendor.id();
        long other = accounts.otherVendor.id();
        json(put("/api/v1/vendors/" + own + "/profile"), Role.MANAGER, """
                {"yearsInBusiness":14,"sites":["Lisbon","Porto"],"countries":["PT"],"languages":["en","fr","pt"],
                 "industries":["luxury goods","retail"],"seats":450}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.languages.length()").value(3));
        json(post("/api/v1/vendors/" + own + "/contacts"), Role.MANAGER, """
                {"name":"Ana Reis","title":"Account director","email":"ana@example.com"}""").andExpect(status().isCreated());
        read("/api/v1/vendors/" + own + "/profile", Role.VENDOR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.yearsInBusiness").value(14));
        read("/api/v1/vendors/" + other + "/profile", Role.VENDOR).andExpect(status().isNotFound());
        read("/api/v1/vendors/" + other + "/contacts", Role.VENDOR).andExpect(status().isNotFound());
        json(put("/api/v1/vendors/" + own + "/profile"), Role.VENDOR, "{\"seats\":1}")
                .andExpect(status().isForbidden());
        json(put("/api/v1/vendors/" + own + "/profile"), Role.MANAGER, "{\"yearsInBusiness\":-1}")
                .andExpect(status().isBadRequest());
        assertThat(audit.newest("vendor_profile", 20))
                .extracting(AuditEntry::entityId)
                .contains(Long.toString(own));
    }

    @Test
    void statusMovesAreKeptWithTheirReason() throws Exception {
        long other = accounts.otherVendor.id();
        json(post("/api/v1/vendors/" + other + "/status"), Role.MANAGER, """
                {"status":"EXITED","reason":"chronic under-performance"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXITED"));
        read("/api/v1/vendors/" + other + "/status-changes", Role.ANALYST)
                .andExpect(jsonPath("$[0].from").value("CONTRACTED"))
                .andExpect(jsonPath("$[0].to").value("EXITED"))
                .andExpect(jsonPath("$[0].reason").value("chronic under-performance"));
        read("/api/v1/vendors/" + other + "/status-changes", Role.VENDOR).andExpect(status().isForbidden());
    }

    @Test
    void documentsAreCheckedByExtensionAndContentAndTheVendorUploadsOnlyToItsOwnVendor() throws Exception {
        long own = accounts.ownVendor.id();
        long other = accounts.otherVendor.id();
        byte[] pdf = "%PDF-1.4\n% a tiny test pdf\n".getBytes(StandardCharsets.US_ASCII);
        String body = mvc.perform(multipart("/api/v1/vendors/" + own + "/documents")
                        .file(new MockMultipartFile("file", "soc2.pdf", "application/pdf", pdf))
                        .param("description", "SOC 2 report")
                        .with(user(as(Role.VENDOR)))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sharedWithVendor").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long documentId = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/vendors/" + own + "/documents/" + documentId).with(user(as(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("soc2.pdf")))
                .andExpect(content().bytes(pdf));
        // Renamed executable, wrong extension, and another vendor's folder are all refused.
        mvc.perform(multipart("/api/v1/vendors/" + own + "/documents")
                        .file(new MockMultipartFile(
                                "file", "invoice.pdf", "application/pdf", new byte[] {'M', 'Z', 1, 2}))
                        .with(user(as(Role.VENDOR)))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/vendors/" + own + "/documents")
                        .file(new MockMultipartFile("file", "tool.exe", "application/octet-stream", pdf))
                        .with(user(as(Role.MANAGER)))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/vendors/" + other + "/documents")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .with(user(as(Role.VENDOR)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // An internal document of the client's is not shown to the vendor.
        String internal = mvc.perform(multipart("/api/v1/vendors/" + own + "/documents")
                        .file(new MockMultipartFile("file", "memo.txt", "text/plain", "internal memo".getBytes()))
                        .with(user(as(Role.MANAGER)))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long memo = ((Number) JsonPath.read(internal, "$.id")).longValue();
        read("/api/v1/vendors/" + own + "/documents", Role.VENDOR)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].fileName").value("soc2.pdf"));
        read("/api/v1/vendors/" + own + "/documents/" + memo, Role.VENDOR).andExpect(status().isNotFound());
    }

    @Test
    void theClientListIsForManagersOnlyAndMatchesOurIndustryAndScale() throws Exception {
        long own = accounts.ownVendor.id();
        json(put("/api/v1/due-diligence/our-profile"), Role.ADMIN, """
                {"industry":"luxury goods","contactsPerMonth":60000,"seats":120,"scaleTolerance":0.5}""").andExpect(status().isOk());
        json(post("/api/v1/vendors/" + own + "/clients"), Role.MANAGER, """
                {"clientName":"Maison Aurel","industry":"Luxury Goods","contactsPerMonth":80000,"ndaSignedOn":"2026-02-01"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.matchesIndustry").value(true))
                .andExpect(jsonPath("$.matchesScale").value(true));
        json(post("/api/v1/vendors/" + own + "/clients"), Role.MANAGER, """
                {"clientName":"Telco Giant","industry":"telecom","contactsPerMonth":2000000}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.matchesIndustry").value(false))
                .andExpect(jsonPath("$.matchesScale").value(false));
        read("/api/v1/vendors/" + own + "/clients", Role.MANAGER)
                .andExpect(jsonPath("$.length()").value(2));
        for (Role denied : new Role[] {Role.ANALYST, Role.VIEWER, Role.VENDOR}) {
            read("/api/v1/vendors/" + own + "/clients", denied).andExpect(status().isForbidden());
        }
        mvc.perform(get("/vendors/" + own + "/due-diligence").with(user(as(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Maison Aurel"))));
        mvc.perform(get("/vendors/" + own + "/due-diligence").with(user(as(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Maison Aurel")));
        mvc.perform(get("/vendors/" + own + "/due-diligence").with(user(as(Role.VENDOR))))
                .andExpect(status().isForbidden());
    }

    @Test
    void referenceCallsAndInterviewsAreSummarisedAndHiddenFromVendors() throws Exception {
        long own = accounts.ownVendor.id();
        json(post("/api/v1/vendors/" + own + "/reference-checks"), Role.ANALYST, """
                {"reference":"Maison Aurel","calledOn":"2026-03-02","calledBy":"Rita","score":4,
                 "answers":{"1":"Three years, 70k contacts a month","6":"Yes"}}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.answers.length()").value(2));
        json(post("/api/v1/vendors/" + own + "/reference-checks"), Role.ANALYST, """
                {"reference":"Other client","calledOn":"2026-03-05","calledBy":"Rita","score":2}""")
                .andExpect(status().isCreated());
        read("/api/v1/vendors/" + own + "/reference-checks", Role.VIEWER)
                .andExpect(jsonPath("$.summary.calls").value(2))
                .andExpect(jsonPath("$.summary.averageScore").value(3.0));
        json(post("/api/v1/vendors/" + own + "/interviews"), Role.MANAGER, """
                {"interviewedOn":"2026-03-03","channel":"PHONE","interviewer":"Rita","courtesy":5,"productUnderstanding":3,
                 "language":4,"problemSolving":4,"empathy":4}""").andExpect(status().isCreated());
        json(post("/api/v1/vendors/" + own + "/interviews"), Role.MANAGER, """
                {"interviewedOn":"2026-03-04","channel":"IN_PERSON","interviewer":"Rita","courtesy":3,"productUnderstanding":3,
                 "language":3,"problemSolving":3,"empathy":3,"notes":"nervous"}""").andExpect(status().isCreated());
        json(post("/api/v1/vendors/" + own + "/interviews"), Role.MANAGER, """
                {"interviewedOn":"2026-03-04","channel":"PHONE","interviewer":"Rita","courtesy":9,"productUnderstanding":3,
                 "language":3,"problemSolving":3,"empathy":3}""").andExpect(status().isBadRequest());
        read("/api/v1/vendors/" + own + "/interviews", Role.ANALYST)
                .andExpect(jsonPath("$.averages[0].interviews").value(2))
                .andExpect(jsonPath("$.averages[0].overall").value(3.5))
                .andExpect(jsonPath("$.averages[1].channel").value("IN_PERSON"))
                .andExpect(jsonPath("$.averages[1].overall").value(3.0))
                .andExpect(jsonPath("$.averages[2].overall").value(4.0));
        read("/api/v1/vendors/" + own + "/interviews", Role.VENDOR).andExpect(status().isForbidden());
        read("/api/v1/vendors/" + own + "/reference-checks", Role.VENDOR).andExpect(status().isForbidden());
        json(put("/api/v1/vendors/" + own + "/workforce"), Role.ANALYST, """
                {"payVsMarketPercent":6.5,"annualAttritionPercent":28,"averageTenureMonths":22,"dedicatedTeamOffered":true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dedicatedTeamOffered").value(true));
        read("/api/v1/vendors/" + own + "/workforce", Role.VENDOR).andExpect(status().isForbidden());
    }

    @Test
    void aSelectionIsWeightedScoredRankedAndLockedWithADecisionRecord() throws Exception {
        long a = accounts.ownVendor.id();
        long b = accounts.otherVendor.id();
        String created = json(post("/api/v1/selections"), Role.MANAGER, """
                {"name":"Luxury care partner","vendorIds":[%d,%d]}""".formatted(a, b))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.weights.PRICE").value(16.0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String base = "/api/v1/selections/" + id;
        json(put(base + "/weights"), Role.MANAGER, "{\"weights\":{\"PRICE\":60,\"INTERVIEW_SCORE\":30}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("sum to 100")));
        json(put(base + "/weights"), Role.MANAGER, "{\"weights\":{\"PRICE\":55,\"INTERVIEW_SCORE\":45}}")
                .andExpect(status().isOk());
        json(put(base + "/scores"), Role.MANAGER, """
                {"scores":[{"vendorId":%d,"criterion":"PRICE","score":9},{"vendorId":%d,"criterion":"INTERVIEW_SCORE","score":5},
                           {"vendorId":%d,"criterion":"PRICE","score":6},{"vendorId":%d,"criterion":"INTERVIEW_SCORE","score":8.5}]}""".formatted(a, a, b, b)).andExpect(status().isOk());
        json(put(base + "/scores"), Role.ANALYST, """
                {"scores":[{"vendorId":%d,"criterion":"PRICE","score":4}]}""".formatted(a)).andExpect(status().isOk());
        json(put(base + "/scores"), Role.VIEWER, """
                {"scores":[{"vendorId":%d,"criterion":"PRICE","score":4}]}""".formatted(a)).andExpect(status().isForbidden());
        read(base, Role.VIEWER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evaluators.length()").value(2))
                .andExpect(jsonPath("$.ranking[0].vendorId").value(b))
                .andExpect(jsonPath("$.disagreements[0].criterion").value("PRICE"))
                .andExpect(jsonPath("$.disagreements[0].range").value(5.0))
                .andExpect(jsonPath("$.disagreements[0].disputed").value(true))
                .andExpect(jsonPath("$.stability.moves").value(4));
        read(base, Role.VENDOR).andExpect(status().isForbidden());
        json(post(base + "/lock"), Role.MANAGER, """
                {"chosenVendorId":%d,"decision":"Award to the better-interviewed vendor","rationale":"Quality leads; price close."}""".formatted(b))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.decision.chosenVendorId").value(b));
        json(put(base + "/weights"), Role.MANAGER, "{\"weights\":{\"PRICE\":100}}")
                .andExpect(status().isConflict());
        json(put(base + "/scores"), Role.ANALYST, """
                {"scores":[{"vendorId":%d,"criterion":"PRICE","score":10}]}""".formatted(a)).andExpect(status().isConflict());
        json(post(base + "/lock"), Role.ADMIN, """
                {"chosenVendorId":%d,"decision":"again","rationale":"again"}""".formatted(a)).andExpect(status().isConflict());
        assertThat(audit.newest("selection", 20))
                .extracting(AuditEntry::entityId)
                .contains(Long.toString(id));
        mvc.perform(delete("/api/v1/vendors/" + a + "/contacts/0")
                        .with(user(as(Role.MANAGER)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
