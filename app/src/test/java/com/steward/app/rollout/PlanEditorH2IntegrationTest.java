package com.steward.app.rollout;

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

/** The transition plan editor: phases added, moved and removed before saving; overlapping phases refused. */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class PlanEditorH2IntegrationTest {

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

    private MockHttpServletRequestBuilder twoPhases(String secondStart) {
        return post("/transition/plans")
                .with(user(accounts.principal(Role.MANAGER)))
                .with(csrf())
                .param("vendorId", Long.toString(accounts.ownVendor.id()))
                .param("name", "Typed plan")
                .param("phases[0].name", "Pilot typed")
                .param("phases[0].sharePercent", "20")
                .param("phases[0].start", "2026-01-01")
                .param("phases[0].end", "2026-01-31")
                .param("phases[0].gates[0].metric", "csat")
                .param("phases[0].gates[0].basis", "RELATIVE")
                .param("phases[0].gates[0].comparison", "AT_LEAST")
                .param("phases[0].gates[0].threshold", "-2")
                .param("phases[1].name", "Wave typed")
                .param("phases[1].sharePercent", "100")
                .param("phases[1].start", secondStart)
                .param("phases[1].end", "2026-03-31");
    }

    private long plans() {
        return jdbc.sql("SELECT COUNT(*) FROM transition_plans")
                .query(Long.class)
                .single();
    }

    @Test
    void movingAPhaseShowsTheFormAgainInTheNewOrderWithNothingSaved() throws Exception {
        long before = plans();
        String page = mvc.perform(twoPhases("2026-02-01").param("edit", "up-1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("value=\"Wave typed\"")).isPositive().isLessThan(page.indexOf("value=\"Pilot typed\""));
        assertThat(page).contains("id=\"phaseName0\"").contains("value=\"Wave typed\"");
        // the gate moved with its phase, to the second slot
        assertThat(page).containsPattern("id=\"gateThreshold1-0\"[^>]*value=\"-2.0\"");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void removingAPhaseLeavesTheOthers() throws Exception {
        String page = mvc.perform(twoPhases("2026-02-01").param("edit", "remove-0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"Wave typed\"").doesNotContain("value=\"Pilot typed\"");
        assertThat(page).doesNotContain("data-testid=\"phase-slot-1\"");
    }

    @Test
    void overlappingPhasesAreRefusedWithWhatWasTypedKept() throws Exception {
        long before = plans();
        String page = mvc.perform(twoPhases("2026-01-15"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Phase 2 (Wave typed) starts on 2026-01-15, before phase 1 (Pilot typed) has ended")
                .contains("value=\"Typed plan\"")
                .contains("value=\"2026-01-15\"");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void phasesOneAfterAnotherAreSavedInTheFormsOrder() throws Exception {
        String location = mvc.perform(twoPhases("2026-02-01"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT name FROM transition_phases WHERE plan_id = :id ORDER BY ordinal")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("Pilot typed", "Wave typed");
        assertThat(jdbc.sql("SELECT traffic_share FROM transition_phases WHERE plan_id = :id ORDER BY ordinal")
                        .param("id", id)
                        .query(Double.class)
                        .list())
                .containsExactly(0.2, 1.0);
    }

    @Test
    void aPlanWithoutAnyPhaseIsRefused() throws Exception {
        String page = mvc.perform(post("/transition/plans")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf())
                        .param("vendorId", Long.toString(accounts.ownVendor.id()))
                        .param("name", "No phases"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("A plan needs at least one phase");
    }
}
