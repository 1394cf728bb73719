package com.steward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/**
 * The form idiom end to end: a rejected form comes back with what was typed and the error beside its field, in
 * the user's words (never a Java path), whether a validator, a conflict or a service refused it; labels point at
 * their inputs.
 */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class FormsH2IntegrationTest {

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

    private long vendorRows() {
        return jdbc.sql("SELECT COUNT(*) FROM vendors").query(Long.class).single();
    }

    @Test
    void aDuplicateVendorCodeComesBackAsTheFormWithWhatWasTypedAndTheErrorOnTheCode() throws Exception {
        long before = vendorRows();
        String page = mvc.perform(post("/vendors")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .param("code", accounts.ownVendor.code())
                        .param("name", "A second vendor typed by hand")
                        .param("status", "SHORTLISTED"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<form")
                .contains("value=\"A second vendor typed by hand\"")
                .contains("value=\"" + accounts.ownVendor.code() + "\"")
                .contains("is already used by another vendor")
                .contains("id=\"code-error\"")
                .contains("aria-describedby=\"code-hint code-error\"")
                .contains("aria-invalid=\"true\"")
                .containsPattern("<option value=\"SHORTLISTED\" selected=\"selected\">Shortlisted</option>");
        assertThat(vendorRows()).isEqualTo(before);
    }

    @Test
    void validationMessagesAreInTheUsersWordsAndTheCodePatternIsValidForChromium() throws Exception {
        String page = mvc.perform(post("/vendors")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .param("code", "Not A Code")
                        .param("name", "")
                        .param("status", "PROSPECT"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Use lower-case letters, digits, - or _")
                .contains("Fill this in.")
                .doesNotContain("must not be blank")
                .doesNotContain("must match");
        // Chromium compiles pattern with the v flag, where a bare '-' at the end of a class is a syntax error.
        assertThat(page).contains("pattern=\"[a-z0-9]([a-z0-9_]|-)*\"").doesNotContain("_-]");
        assertThat("a-b_c9".matches("[a-z0-9]([a-z0-9_]|-)*")).isTrue();
    }

    @Test
    void aRejectedBusinessCaseKeepsWhatWasTypedAndNamesTheFieldInWords() throws Exception {
        String page = mvc.perform(post("/decide/business-cases")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf())
                        .param("name", "Typed by hand")
                        .param("inHouse.paidTimeOffRate", "a lot")
                        .param("offers[0].name", "Typed vendor")
                        .param("offers[0].pricingModel", "PER_CONTACT")
                        .param("offers[0].price", "4.5"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("value=\"Typed by hand\"")
                .contains("value=\"a lot\"")
                .contains("value=\"Typed vendor\"")
                .contains("Paid time off rate (in-house cost): not a valid value")
                .doesNotContain("inHouse.paidTimeOffRate:");
    }

    @Test
    void theNewBusinessCaseFormHasAFieldForEveryPropertyOfAnExtraOfferAndLabelsPointAtTheirInputs() throws Exception {
        String page = mvc.perform(get("/decide/business-cases/new").with(user(accounts.principal(Role.ANALYST))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Add a vendor offer")
                .contains("name=\"offers[1].name\"")
                .contains("name=\"offers[1].price\"")
                .contains("name=\"offers[1].pricingModel\"")
                .contains("<label for=\"offers-1-price\">Price</label>")
                .contains("id=\"offers-1-price\"")
                .contains(">Per handled minute</option>");
    }
}
