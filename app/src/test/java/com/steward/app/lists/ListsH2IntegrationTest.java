package com.steward.app.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.vendors.VendorStatus;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A list that passes a screen is paged and filtered on the server, with the filter kept in the page links. */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class ListsH2IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    TestAccounts accounts;
    String prefix;

    @BeforeEach
    void registerFiftyFiveVendorsOfOneKind() {
        accounts = TestAccounts.create(vendors, users);
        prefix = "paged-" + UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.asSystem(() -> {
            for (int i = 0; i < 55; i++) {
                vendors.register(new RegisterVendorCommand(
                        prefix + "-" + i, "Paged vendor " + prefix + " " + i, VendorStatus.PROSPECT));
            }
            return null;
        });
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theVendorListShowsFiftyRowsAPageAndKeepsTheFilterInItsLinks() throws Exception {
        String first = page("/vendors?q=" + prefix);
        assertThat(first)
                .contains("Rows 1–50 of 55, page 1 of 2")
                .contains("href=\"/vendors?q=" + prefix + "&amp;page=1\"");
        assertThat(first.split("Paged vendor " + prefix, -1)).hasSize(51);
        String second = page("/vendors?q=" + prefix + "&page=1");
        assertThat(second).contains("Rows 51–55 of 55, page 2 of 2").contains("rel=\"prev\"");
        assertThat(second.split("Paged vendor " + prefix, -1)).hasSize(6);
    }

    @Test
    void aFilterThatMatchesNothingSaysSo() throws Exception {
        assertThat(page("/vendors?q=no-such-vendor-" + prefix))
                .contains("No vendor matches.")
                .doesNotContain("rel=\"next\"");
    }
}
