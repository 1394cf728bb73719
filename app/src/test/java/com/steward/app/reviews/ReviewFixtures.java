package com.steward.app.reviews;

import com.steward.app.contracts.ContractFixtures;
import com.steward.app.security.Role;
import com.steward.app.security.RouteFixture;
import com.steward.app.support.TestAccounts;
import com.steward.core.governance.PromiseStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** Review records the tests share, created through the real facade; also the route matrix's placeholders. */
public class ReviewFixtures implements RouteFixture {

    public static ActionInput action(long vendorId, String title, Side side, LocalDate due) {
        return new ActionInput(
                vendorId, null, title, side == Side.VENDOR ? "Vera Vendor" : "Carl Client", side, due, null);
    }

    public static PromiseInput promise(long vendorId, String what, Side side, LocalDate madeOn, LocalDate due) {
        return new PromiseInput(
                vendorId, null, what, side == Side.VENDOR ? "Vera Vendor" : "Carl Client", side, madeOn, due);
    }

    public static MeetingInput meeting(long vendorId, LocalDateTime at) {
        return new MeetingInput(vendorId, ReviewKind.MONTHLY_REVIEW, null, at, 60, "Video call");
    }

    /**
     * {@code {ownCadence}}, {@code {otherCadence}}, {@code {ownMeeting}}, {@code {otherMeeting}},
     * {@code {ownMeetingToCancel}}, {@code {otherMeetingToCancel}}, {@code {ownVendorAction}} (VENDOR side),
     * {@code {ownClientAction}}, {@code {otherAction}}, {@code {ownPromise}}, {@code {otherPromise}}.
     */
    @Override
    public Map<String, String> routePlaceholders(ApplicationContext context, TestAccounts accounts) {
        ReviewCadences reviewCadences = context.getBean(ReviewCadences.class);
        ReviewMeetings reviewMeetings = context.getBean(ReviewMeetings.class);
        ReviewActions reviewActions = context.getBean(ReviewActions.class);
        ReviewPromises reviewPromises = context.getBean(ReviewPromises.class);
        return ContractFixtures.as(accounts, Role.ADMIN, () -> {
            long own = accounts.ownVendor.id();
            long other = accounts.otherVendor.id();
            LocalDateTime at = LocalDateTime.of(2026, 1, 12, 10, 0);
            LocalDate due = LocalDate.of(2026, 2, 1);
            Map<String, String> p = new LinkedHashMap<>();
            p.put("{ownCadence}", id(reviewCadences.saveCadence(cadence(own)).id()));
            p.put(
                    "{otherCadence}",
                    id(reviewCadences.saveCadence(cadence(other)).id()));
            p.put(
                    "{ownMeeting}",
                    id(reviewMeetings.createMeeting(meeting(own, at)).id()));
            p.put(
                    "{otherMeeting}",
                    id(reviewMeetings.createMeeting(meeting(other, at)).id()));
            p.put(
                    "{ownMeetingToCancel}",
                    id(reviewMeetings
                            .createMeeting(meeting(own, at.plusDays(1)))
                            .id()));
            p.put(
                    "{otherMeetingToCancel}",
                    id(reviewMeetings
                            .createMeeting(meeting(other, at.plusDays(1)))
                            .id()));
            p.put(
                    "{ownVendorAction}",
                    id(reviewActions
                            .createAction(action(own, "Vendor's action", Side.VENDOR, due))
                            .id()));
            p.put(
                    "{ownClientAction}",
                    id(reviewActions
                            .createAction(action(own, "Client's action", Side.CLIENT, due))
                            .id()));
            p.put(
                    "{otherAction}",
                    id(reviewActions
                            .createAction(action(other, "Other's action", Side.VENDOR, due))
                            .id()));
            LocalDate made = LocalDate.of(2026, 1, 12);
            p.put(
                    "{ownPromise}",
                    id(reviewPromises
                            .createPromise(promise(own, "Own promise", Side.VENDOR, made, due))
                            .id()));
            p.put(
                    "{otherPromise}",
                    id(reviewPromises
                            .createPromise(promise(other, "Other promise", Side.VENDOR, made, due))
                            .id()));
            return p;
        });
    }

    static CadenceInput cadence(long vendorId) {
        return new CadenceInput(
                vendorId, ReviewKind.MONTHLY_REVIEW, LocalDateTime.of(2026, 1, 5, 10, 0), 60, "Berlin office", true);
    }

    /** Marks a promise's outcome as a manager would. */
    static Promise outcome(ReviewPromises promises, long id, PromiseStatus status, @Nullable LocalDate keptOn) {
        return promises.recordOutcome(id, new OutcomeInput(status, keptOn, null));
    }

    private static String id(long id) {
        return Long.toString(id);
    }
}
