package com.steward.app.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.Contracts;
import com.steward.app.home.Attention;
import com.steward.app.home.AttentionItem;
import com.steward.app.reviews.Reviews;
import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contracts ending within 90 days: one computation ({@link Renewals#endingSoon}), read by the home page's attention
 * list and by the renewal page, so both always name the same contracts.
 */
@EmbeddedDatabase
@SpringBootTest
@AutoConfigureMockMvc
class EndingContractsH2IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Contracts contracts;

    @Autowired
    Renewals renewals;

    @Autowired
    Attention attention;

    @Autowired
    Reviews reviews;

    @Test
    void theHomePageAndTheRenewalPageListTheSameEndingContracts() throws Exception {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        LocalDate today = reviews.today();
        long vendor = accounts.ownVendor.id();
        Contract soon = create(accounts, vendor, "Ends in thirty days", ContractStatus.ACTIVE, today.plusDays(30));
        Contract later =
                create(accounts, vendor, "Ends in two hundred days", ContractStatus.ACTIVE, today.plusDays(200));
        Contract draft = create(accounts, vendor, "Draft ending soon", ContractStatus.DRAFT, today.plusDays(20));

        List<EndingContract> ending = as(accounts, Role.MANAGER, () -> renewals.endingSoon(today));
        Set<Long> endingIds = ending.stream().map(e -> e.contract().id()).collect(Collectors.toSet());
        assertThat(endingIds).contains(soon.id()).doesNotContain(later.id(), draft.id());
        EndingContract mine = ending.stream()
                .filter(e -> e.contract().id() == soon.id())
                .findFirst()
                .orElseThrow();
        assertThat(mine.daysLeft()).isEqualTo(30);
        assertThat(mine.decided()).isFalse();

        // the home page reads the same list: every contract item links to one of them, and every one is there
        List<AttentionItem> home = as(accounts, Role.MANAGER, () -> attention.today(accounts.principal(Role.MANAGER)));
        Set<Long> homeIds = home.stream()
                .filter(i -> i.kind() == AttentionItem.Kind.CONTRACT)
                .map(i -> Long.parseLong(i.link().substring(i.link().lastIndexOf('/') + 1)))
                .collect(Collectors.toSet());
        assertThat(homeIds).isEqualTo(endingIds);
        assertThat(home.stream()
                        .filter(i -> i.link().endsWith("/contracts/" + soon.id()))
                        .findFirst()
                        .orElseThrow()
                        .overdue())
                .isTrue();

        // and so does the renewal page
        mvc.perform(get("/govern/renewal").with(user(accounts.principal(Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"ending-contracts\""),
                                containsString("Ends in thirty days"),
                                containsString("no renewal decision yet"))));

        // a vendor's user gets none: renewal decisions are the client's
        assertThat(as(accounts, Role.VENDOR, () -> renewals.endingSoon(today))).isEmpty();
    }

    private Contract create(TestAccounts accounts, long vendor, String name, ContractStatus status, LocalDate end) {
        ContractInput base = ContractFixtures.contractFor(vendor, name);
        ContractInput input = new ContractInput(
                base.vendorId(),
                base.name(),
                status,
                end.minusYears(1),
                end,
                base.pricing(),
                base.queues(),
                base.regions(),
                base.channels(),
                base.monthlyInvoice(),
                base.rules());
        return as(accounts, Role.ADMIN, () -> contracts.create(input));
    }

    private static <T> T as(TestAccounts accounts, Role role, Supplier<T> work) {
        return ContractFixtures.as(accounts, role, work);
    }
}
