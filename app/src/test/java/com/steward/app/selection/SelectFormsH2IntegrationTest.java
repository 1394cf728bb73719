package com.steward.app.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Select step's forms (due diligence, settings, selections) as validated records: a rejected form comes back
 * (400) with what was typed and the error beside its field in words, and nothing is stored.
 */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class SelectFormsH2IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts = TestAccounts.create(vendors, users);
    }

    private String rejected(MockHttpServletRequestBuilder request, Role role) throws Exception {
        return mvc.perform(request.with(user(accounts.principal(role))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void aRejectedInterviewKeepsWhatWasTypedAndPutsEachErrorBesideItsField() throws Exception {
        long before = rows("agent_interviews");
        String page = rejected(
                post("/vendors/" + accounts.ownVendor.id() + "/interviews")
                        .param("interviewedOn", "2026-01-05")
                        .param("interviewer", "Ana Typed")
                        .param("courtesy", "9")
                        .param("productUnderstanding", "4")
                        .param("language", "3")
                        .param("problemSolving", "3")
                        .param("empathy", "3"),
                Role.ANALYST);
        assertThat(page)
                .contains("value=\"Ana Typed\"")
                .containsPattern("id=\"courtesy-error\">Enter 5 or less.</p>")
                .containsPattern("id=\"channel-error\">Choose or enter a value.</p>")
                .contains("<label for=\"courtesy\">Courtesy</label>")
                .doesNotContain("courtesy:")
                .doesNotContain("must be less");
        assertThat(rows("agent_interviews")).isEqualTo(before);
    }

    @Test
    void aReferenceCallWithABadDateKeepsTheAnswersTyped() throws Exception {
        String page = rejected(
                post("/vendors/" + accounts.ownVendor.id() + "/reference-checks")
                        .param("reference", "Maison Typed")
                        .param("calledOn", "yesterday")
                        .param("calledBy", "me")
                        .param("score", "4")
                        .param("answers[1]", "Three years, typed answer"),
                Role.ANALYST);
        assertThat(page)
                .contains("value=\"Maison Typed\"")
                .contains("Three years, typed answer")
                .containsPattern("id=\"calledOn-error\">Enter a date.</p>")
                .containsPattern("<option value=\"4\" selected=\"selected\">");
    }

    @Test
    void ourProfileRejectsAToleranceThatIsNotANumberAndKeepsTheIndustry() throws Exception {
        String page = rejected(
                post("/select/our-profile")
                        .param("industry", "typed industry")
                        .param("contactsPerMonth", "60000")
                        .param("seats", "120")
                        .param("tolerancePercent", "half"),
                Role.MANAGER);
        assertThat(page)
                .contains("value=\"typed industry\"")
                .containsPattern("id=\"tolerancePercent-error\">Enter a number, e.g. 0.25.</p>");
    }

    @Test
    void aSelectionWithOneCandidateComesBackTickedAndExplained() throws Exception {
        long before = rows("selections");
        long own = accounts.ownVendor.id();
        String page = rejected(
                post("/select/selections")
                        .param("name", "Typed selection")
                        .param("vendorIds", Long.toString(own))
                        .param("offers[" + own + "]", "Typed offer"),
                Role.MANAGER);
        assertThat(page)
                .contains("value=\"Typed selection\"")
                .contains("value=\"Typed offer\"")
                .containsPattern("value=\"" + own + "\" checked=\"checked\"")
                .contains("Tick at least two candidates");
        assertThat(rows("selections")).isEqualTo(before);
    }

    @Test
    void weightsThatDoNotSumToOneHundredComeBackAsTypedWithTheRuleInWords() throws Exception {
        String location = mvc.perform(post("/select/selections")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .param("name", "Weighted")
                        .param("vendorIds", Long.toString(accounts.ownVendor.id()))
                        .param("vendorIds", Long.toString(accounts.otherVendor.id())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/select/selections/");
        String page = rejected(
                post(location + "/weights").param("weights[PRICE]", "45.5").param("weights[INTERVIEW_SCORE]", "44.5"),
                Role.MANAGER);
        assertThat(page)
                .contains("value=\"45.5\"")
                .contains("value=\"44.5\"")
                .contains("Weights: Must sum to 100, not 90.00")
                .doesNotContain("weights: ");
    }
}
