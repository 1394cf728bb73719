package com.steward.app.audit;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log page: paged (50 a page), filtered and ordered on the server, changes shown field by field. */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class AuditPageH2IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    AuditLog audit;

    @Test
    void theLogIsPagedFilteredAndShowsEachChangedField() throws Exception {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        String prefix = "pg" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 55; i++) {
            String code = prefix + "-" + i;
            TestAccounts.asSystem(
                    () -> vendors.register(new RegisterVendorCommand(code, "Paged " + code, VendorStatus.PROSPECT)));
        }
        long vendorEntries = audit.page(new AuditQuery(null, "vendor", AuditAction.CREATE, null, null, false, 0, 50))
                .total();
        assertThat(vendorEntries).isGreaterThanOrEqualTo(55);

        String first = page("/audit?type=vendor&action=CREATE", accounts);
        assertThat(first).contains("page 1 of " + ((vendorEntries + 49) / 50));
        assertThat(first.split("<tr>", -1).length - 2).isEqualTo(50); // 50 body rows after the header row
        // newest first: the last registered vendor is on page 1, the first one is not
        assertThat(first).contains(prefix + "-54").doesNotContain(prefix + "-0<");
        assertThat(first).contains("<dt>code</dt>").contains("<ins>" + prefix + "-54</ins>");

        String oldest = page("/audit?type=vendor&action=CREATE&sort=oldest&page=0", accounts);
        assertThat(oldest).doesNotContain(prefix + "-54<");

        String none = page("/audit?actor=nobody-at-all", accounts);
        assertThat(none).contains("No entries match.");
    }

    private String page(String path, TestAccounts accounts) throws Exception {
        return mvc.perform(get(path).with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
