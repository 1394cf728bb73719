package com.steward.app.reviews.web;

import com.steward.app.reviews.ActionInput;
import com.steward.app.reviews.ActionStatus;
import com.steward.app.reviews.ActionUpdateInput;
import com.steward.app.reviews.Attendee;
import com.steward.app.reviews.CadenceInput;
import com.steward.app.reviews.MeetingInput;
import com.steward.app.reviews.MinutesInput;
import com.steward.app.reviews.OutcomeInput;
import com.steward.app.reviews.PromiseInput;
import com.steward.app.reviews.ReviewKind;
import com.steward.app.reviews.Side;
import com.steward.core.governance.PromiseStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The review pages' forms: validated records bound with {@code @Valid}, each turned into the service's input. A form
 * that fails comes back with what the user typed and the message beside its field.
 */
public final class ReviewForms {

    private ReviewForms() {}

    /** A cadence to save; the first occurrence's wall time in the reviews' zone. */
    public record CadenceForm(
            @NotNull @Nullable ReviewKind kind,

            @NotNull @Nullable @DateTimeFormat(iso = ISO.DATE_TIME)
            LocalDateTime firstAt,

            @Min(5) @Max(720) @Nullable Integer durationMinutes,
            @Size(max = 300) @Nullable String location,
            @Nullable Boolean active) {

        static CadenceForm blank(int minutes) {
            return new CadenceForm(ReviewKind.MONTHLY_REVIEW, null, minutes, null, true);
        }

        CadenceInput toInput(long vendorId) {
            return new CadenceInput(vendorId, kind, firstAt, durationMinutes, location, active == null || active);
        }
    }

    /** How far ahead a cadence plans its meetings. */
    public record GenerateForm(@Min(1) @Max(104) @Nullable Integer weeks) {}

    /** A one-off meeting to plan. */
    public record MeetingForm(
            @NotNull @Nullable ReviewKind kind,
            @Size(max = 300) @Nullable String title,

            @NotNull @Nullable @DateTimeFormat(iso = ISO.DATE_TIME)
            LocalDateTime scheduledAt,

            @Min(5) @Max(720) @Nullable Integer durationMinutes,
            @Size(max = 300) @Nullable String location) {

        static MeetingForm blank() {
            return new MeetingForm(ReviewKind.MONTHLY_REVIEW, null, null, null, null);
        }

        MeetingInput toInput(long vendorId) {
            return new MeetingInput(vendorId, kind, title, scheduledAt, durationMinutes, location);
        }
    }

    /** One attendee row of the minutes form; a row without a name is left out. */
    public record AttendeeRow(
            @Size(max = 200) @Nullable String name,
            @Nullable Side side,
            @Size(max = 200) @Nullable String jobTitle,
            @Nullable Boolean present) {}

    /** Minutes, next steps and attendance. */
    public record MinutesForm(
            @Size(max = 100_000) @Nullable String minutes,
            @Size(max = 20_000) @Nullable String nextSteps,
            @Valid @Nullable List<AttendeeRow> attendees) {

        /** The recorded minutes with {@code spare} empty attendee rows to fill in. */
        static MinutesForm of(
                @Nullable String minutes, @Nullable String nextSteps, List<Attendee> recorded, int spare) {
            List<AttendeeRow> rows = new ArrayList<>();
            recorded.forEach(a -> rows.add(new AttendeeRow(a.name(), a.side(), a.jobTitle(), a.present())));
            for (int i = 0; i < spare; i++) {
                rows.add(new AttendeeRow("", i % 2 == 0 ? Side.CLIENT : Side.VENDOR, "", true));
            }
            return new MinutesForm(minutes, nextSteps, rows);
        }

        MinutesInput toInput() {
            List<Attendee> list = new ArrayList<>();
            for (AttendeeRow row : attendees == null ? List.<AttendeeRow>of() : attendees) {
                if (row != null && row.name() != null && !row.name().isBlank()) {
                    list.add(new Attendee(row.name(), row.side(), row.jobTitle(), Boolean.TRUE.equals(row.present())));
                }
            }
            return new MinutesInput(minutes, nextSteps, list);
        }
    }

    /** A new action item. */
    public record ActionForm(
            @NotBlank @Size(max = 500) @Nullable String title,
            @NotBlank @Size(max = 200) @Nullable String ownerName,
            @NotNull @Nullable Side ownerSide,

            @NotNull @Nullable @DateTimeFormat(iso = ISO.DATE)
            LocalDate dueDate,

            @Nullable Long meetingId,
            @Size(max = 4000) @Nullable String note) {

        static ActionForm blank() {
            return new ActionForm(null, null, Side.VENDOR, null, null, null);
        }

        ActionInput toInput(long vendorId) {
            return new ActionInput(vendorId, meetingId, title, ownerName, ownerSide, dueDate, note);
        }
    }

    /** A status change and/or a note on an action. */
    public record ActionUpdateForm(
            @Nullable ActionStatus status,
            @Size(max = 4000) @Nullable String note) {

        ActionUpdateInput toInput() {
            return new ActionUpdateInput(status, note);
        }
    }

    /** A promise to track; made on today when left empty. */
    public record PromiseForm(
            @NotBlank @Size(max = 2000) @Nullable String what,
            @NotBlank @Size(max = 200) @Nullable String promisedBy,
            @NotNull @Nullable Side side,
            @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate madeOn,

            @NotNull @Nullable @DateTimeFormat(iso = ISO.DATE)
            LocalDate dueDate,

            @Nullable Long meetingId) {

        static PromiseForm blank() {
            return new PromiseForm(null, null, Side.VENDOR, null, null, null);
        }

        PromiseInput toInput(long vendorId) {
            return new PromiseInput(vendorId, meetingId, what, promisedBy, side, madeOn, dueDate);
        }
    }

    /** A promise's outcome. */
    public record OutcomeForm(
            @NotNull @Nullable PromiseStatus status,
            @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate keptOn,
            @Size(max = 2000) @Nullable String note) {

        OutcomeInput toInput() {
            return new OutcomeInput(status, status == PromiseStatus.KEPT ? keptOn : null, note);
        }
    }

    /** A progress report on a promise. */
    public record ReportForm(
            @NotBlank @Size(max = 1000) @Nullable String report) {}

    /** Why a meeting is called off. */
    public record CancelForm(@Size(max = 2000) @Nullable String reason) {}
}
