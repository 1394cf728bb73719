package com.steward.app.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.steward.app.home.AttentionItem.Kind;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.MeetingInput;
import com.steward.app.reviews.ReviewKind;
import com.steward.app.reviews.Reviews;
import com.steward.app.security.StewardUser;
import com.steward.app.support.DemoToday;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page's "what needs attention today" on the demo generated on {@link DemoToday#TODAY}: the manager sees
 * every kind the demo has reason to show (corvid's alerts, bluesky's contract ending within 90 days and its months
 * below threshold, this week's meetings, surveys to answer), each linking to where it is resolved; Acme's account
 * manager sees Acme's items only, and a vendor user of another vendor sees none of them.
 */
@DemoToday
class HomeAttentionIntegrationTest {

    static final String ACME = "Acme Contact Solutions";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    AttentionDigest digest;

    @Autowired
    Reviews reviews;

    @Autowired
    Attention attention;

    @Autowired
    UserDirectory users;

    @Autowired
    VendorRegister vendors;

    @Test
    void theManagerSeesWhatNeedsAttentionAcrossVendorsWithLinks() throws Exception {
        StewardUser manager = (StewardUser) users.loadUserByUsername("manager");
        List<AttentionItem> items = as(manager, () -> attention.today(manager));

        Set<Kind> kinds = items.stream().map(AttentionItem::kind).collect(Collectors.toSet());
        assertThat(kinds).contains(Kind.ALERT, Kind.CONTRACT, Kind.SCORECARD, Kind.MEETING, Kind.SURVEY);
        assertThat(items)
                .filteredOn(i -> i.kind() == Kind.ALERT)
                .extracting(AttentionItem::vendorName)
                .contains("Corvid Customer Care");
        // bluesky's term ends with next month, and its renewal decision is on record
        assertThat(items)
                .filteredOn(i -> i.kind() == Kind.CONTRACT)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.vendorName()).isEqualTo("Bluesky BPO");
                    assertThat(i.due())
                            .isEqualTo(DemoToday.TODAY
                                    .withDayOfMonth(1)
                                    .plusMonths(2)
                                    .minusDays(1));
                    assertThat(i.link()).startsWith("/govern/renewal/contracts/");
                });
        assertThat(items)
                .filteredOn(i -> i.kind() == Kind.MEETING && !i.overdue())
                .allMatch(i -> !i.due().isBefore(DemoToday.TODAY) && !i.due().isAfter(DemoToday.TODAY.plusDays(7)));
        // overdue first
        int firstNotOverdue = items.indexOf(
                items.stream().filter(i -> !i.overdue()).findFirst().orElseThrow());
        assertThat(items.subList(firstNotOverdue, items.size())).noneMatch(AttentionItem::overdue);
        assertThat(items).allMatch(i -> i.link().startsWith("/"));

        String html = mvc.perform(get("/").with(user(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("What needs attention today", "data-kind=\"ALERT\"", "data-kind=\"CONTRACT\"");
        for (AttentionItem item : items) {
            assertThat(html).contains("href=\"" + item.link() + "\"");
        }
    }

    @Test
    void acmesAccountManagerSeesOnlyAcmesItems() throws Exception {
        StewardUser acme = (StewardUser) users.loadUserByUsername("acme-am");
        List<AttentionItem> items = as(acme, () -> attention.today(acme));

        assertThat(items).isNotEmpty();
        assertThat(items).allMatch(i -> ACME.equals(i.vendorName()));
        // the client's internal items are not the vendor's
        assertThat(items)
                .extracting(AttentionItem::kind)
                .doesNotContain(Kind.CONTRACT, Kind.SCORECARD, Kind.IMPORT, Kind.DATA);

        String html = mvc.perform(get("/").with(user(acme)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("What needs attention today").doesNotContain("Bluesky", "Corvid", "corvid");
    }

    @Test
    void aVendorUserOfAnotherVendorSeesNoneOfTheDemosItems() throws Exception {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        StewardUser stranger = accounts.principal(com.steward.app.security.Role.VENDOR);
        List<AttentionItem> items = as(stranger, () -> attention.today(stranger));
        assertThat(items).isEmpty();
        String html = mvc.perform(get("/").with(user(stranger)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Nothing needs your attention today").doesNotContain(ACME, "Bluesky", "Corvid");
    }

    @Test
    void aPlannedMeetingOfAnEarlierDayIsFlaggedOverdueOnHomeAndOnTheVendorsReviewPage() throws Exception {
        StewardUser manager = (StewardUser) users.loadUserByUsername("manager");
        long acme = vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals("acme"))
                .findFirst()
                .orElseThrow()
                .id();
        Meeting forgotten = as(
                manager,
                () -> reviews.createMeeting(new MeetingInput(
                        acme,
                        ReviewKind.MONTHLY_REVIEW,
                        "Forgotten review",
                        DemoToday.TODAY.minusDays(3).atTime(11, 0),
                        60,
                        "Video call")));
        try {
            assertThat(as(manager, () -> attention.today(manager)))
                    .filteredOn(i -> i.link().equals("/govern/reviews/meetings/" + forgotten.id()))
                    .singleElement()
                    .satisfies(i -> assertThat(i.overdue()).isTrue());
            String page = mvc.perform(get("/govern/reviews/vendors/" + acme).with(user(manager)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("data-testid=\"not-held\"");
        } finally {
            as(manager, () -> reviews.cancel(forgotten.id(), "test done"));
        }
    }

    @Test
    void theWeeklyDigestGoesToThoseWhoOptedInWithTheirOwnList() throws Exception {
        StewardUser manager = (StewardUser) users.loadUserByUsername("manager");
        StewardUser acme = (StewardUser) users.loadUserByUsername("acme-am");
        digest.subscribe(manager.id(), true);
        digest.subscribe(acme.id(), true);
        digest.subscribe(acme.id(), true); // idempotent
        try {
            assertThat(digest.sendAll()).isEqualTo("sent 2 of 2");
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(2);
            String toAcme = body(received, "alex@acme.example");
            String toManager = body(received, "manager@example.com");
            assertThat(toAcme).contains(ACME).doesNotContain("Bluesky", "Corvid");
            assertThat(toManager).contains("Corvid Customer Care", "Bluesky BPO", "/govern/renewal/contracts/");
            int listed = as(acme, () -> attention.today(acme)).size();
            assertThat(received).anySatisfy(m -> assertThat(m.getSubject()).startsWith("Steward: " + listed + " item"));

            // opting in through the page; opting out stops the mail
            mvc.perform(post("/home/digest")
                            .param("weekly", "false")
                            .with(user(manager))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(digest.subscribed(manager.id())).isFalse();
            assertThat(digest.subscribed(acme.id())).isTrue();
        } finally {
            digest.subscribe(manager.id(), false);
            digest.subscribe(acme.id(), false);
        }
        assertThat(digest.sendAll()).isEqualTo("sent 0 of 0");
    }

    private static String body(MimeMessage[] messages, String to) throws Exception {
        for (MimeMessage m : messages) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                return GreenMailUtil.getBody(m);
            }
        }
        throw new AssertionError("no mail to " + to);
    }

    private static <T> T as(StewardUser user, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
