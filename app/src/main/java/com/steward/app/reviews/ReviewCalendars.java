package com.steward.app.reviews;

import com.steward.app.vendors.Vendor;
import com.steward.core.governance.ICalendar;
import java.util.List;
import org.springframework.stereotype.Service;

/** Review meetings as RFC 5545 calendars: a vendor's feed and single meetings, in the caller's vendor scope. */
@Service
public class ReviewCalendars {

    static final String PRODUCT_ID = "-//Steward//Vendor reviews//EN";

    private final ReviewMeetings meetings;
    private final ReviewContext context;

    ReviewCalendars(ReviewMeetings meetings, ReviewContext context) {
        this.meetings = meetings;
        this.context = context;
    }

    /** Every meeting of the vendor the caller may see, as an RFC 5545 calendar. */
    public String vendorCalendar(long vendorId) {
        Vendor vendor = context.vendor(vendorId);
        return ICalendar.write(
                PRODUCT_ID,
                "Reviews with " + vendor.name(),
                meetings.meetings(vendorId).stream().map(ReviewCalendars::event).toList());
    }

    /** One meeting as an RFC 5545 calendar. */
    public String meetingCalendar(long meetingId) {
        Meeting m = meetings.meeting(meetingId);
        return ICalendar.write(PRODUCT_ID, null, List.of(event(m)));
    }

    /** The stable UID of a meeting's calendar event. */
    public static String uid(long meetingId) {
        return "review-meeting-" + meetingId + "@steward";
    }

    private static ICalendar.Event event(Meeting m) {
        StringBuilder description = new StringBuilder();
        Agenda agenda = m.agenda();
        if (agenda != null) {
            description.append("Agenda\n").append(agenda.asText());
        }
        if (m.status() == MeetingStatus.CANCELLED && m.cancelReason() != null) {
            description.insert(0, "Cancelled: " + m.cancelReason() + "\n");
        }
        return new ICalendar.Event(
                uid(m.id()),
                m.updatedAt(),
                m.scheduledAt(),
                m.endsAt(),
                m.title() + " – " + m.vendorName(),
                m.location(),
                description.toString(),
                m.status() == MeetingStatus.CANCELLED
                        ? ICalendar.EventStatus.CANCELLED
                        : ICalendar.EventStatus.CONFIRMED,
                m.sequence());
    }
}
