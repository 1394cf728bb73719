package com.steward.app.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.security.Role;
import com.steward.app.security.StewardUser;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.core.governance.PromiseOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo company's reviews (seeded at start-up with the rest of the demo): acme and bluesky have cadences and a
 * year of meetings, mostly held, a few cancelled, with agendas; acme keeps more promises on time than bluesky; corvid,
 * without a contract, has none.
 */
@SpringBootTest(
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=1",
            "steward.demo.lake.contacts-per-month=500"
        })
@EmbeddedDatabase
class DemoReviewsH2IntegrationTest {

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewCadences reviewCadences;

    @Autowired
    ReviewMeetings reviewMeetings;

    @Autowired
    ReviewActions reviewActions;

    @Autowired
    ReviewPromises reviewPromises;

    @Autowired
    VendorRegister vendors;

    @Autowired
    java.time.Clock clock;

    <T> T asAdmin(Supplier<T> work) {
        StewardUser admin = new StewardUser(0, "test-admin", "Admin", null, Role.ADMIN, null, true, null);
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private Vendor vendor(String code) {
        return asAdmin(() -> vendors.allVendorsForAdministration().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void acmeAndBlueskyHaveAYearOfReviewsAndAcmeKeepsMorePromisesOnTime() {
        Vendor acme = vendor("acme");
        Vendor bluesky = vendor("bluesky");
        Vendor corvid = vendor("corvid");
        assertThat(asAdmin(() -> reviewCadences.cadences(acme.id()))).hasSize(3);
        assertThat(asAdmin(() -> reviewCadences.cadences(bluesky.id()))).hasSize(2);
        assertThat(asAdmin(() -> reviewCadences.cadences(corvid.id()))).isEmpty();

        // the demo's year: from its first simulated month to yesterday (the demo is generated today)
        var calendar = com.steward.app.demo.DemoCalendar.of(clock);
        LocalDate today = calendar.today();
        List<Meeting> year = asAdmin(() -> reviewMeetings.meetingsBetween(
                        acme.id(), calendar.firstMonth().atDay(1), today.minusDays(1)))
                .stream()
                .filter(m -> m.scheduledAt()
                        .isBefore(today.atStartOfDay(reviews.zone()).toInstant()))
                .toList();
        long held = year.stream().filter(m -> m.status() == MeetingStatus.HELD).count();
        long cancelled =
                year.stream().filter(m -> m.status() == MeetingStatus.CANCELLED).count();
        assertThat(year.size()).isBetween(60, 80); // 52 weekly + 12 monthly + 4 QBR, and the days of this month
        assertThat(held).isGreaterThan(3 * cancelled);
        assertThat(cancelled).isPositive();
        assertThat(year.stream().filter(m -> m.status() == MeetingStatus.HELD)).allSatisfy(m -> {
            assertThat(m.minutes()).isNotBlank();
            assertThat(m.attendees()).anyMatch(a -> a.side() == Side.VENDOR);
            assertThat(m.agenda()).isNotNull();
        });
        List<Meeting> planned = asAdmin(() -> reviewMeetings.meetingsBetween(acme.id(), today.plusDays(1), null));
        assertThat(planned).isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
        // a monthly review late in the year carries the previous meeting's next steps and lists open items
        Meeting march = year.stream()
                .filter(m -> m.kind() == ReviewKind.MONTHLY_REVIEW && m.status() == MeetingStatus.HELD)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(Objects.requireNonNull(march.agenda()).carriedNextSteps()).isNotBlank();

        assertThat(asAdmin(() -> reviewActions.actions(acme.id()))).hasSizeGreaterThan(10);
        double acmeRate = keptShare(acme);
        double blueskyRate = keptShare(bluesky);
        assertThat(acmeRate).isGreaterThan(blueskyRate);
        assertThat(acmeRate).isGreaterThan(0.7);
        assertThat(asAdmin(() -> reviewPromises.keptRates(acme.id())))
                .anySatisfy(r -> assertThat(r.side()).isEqualTo(Side.VENDOR))
                .anySatisfy(r -> assertThat(r.side()).isEqualTo(Side.CLIENT));
    }

    /** Vendor-side promises kept on time ÷ those resolved or overdue, over the whole year. */
    private double keptShare(Vendor vendor) {
        List<Promise> promises = asAdmin(() -> reviewPromises.promises(vendor.id())).stream()
                .filter(p -> p.side() == Side.VENDOR && p.outcome() != PromiseOutcome.OPEN)
                .toList();
        return (double) promises.stream()
                        .filter(p -> p.outcome() == PromiseOutcome.KEPT)
                        .count()
                / promises.size();
    }
}
