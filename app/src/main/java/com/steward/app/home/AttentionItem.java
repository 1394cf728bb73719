package com.steward.app.home;

import java.time.LocalDate;

/**
 * One thing that needs attention today, with where it is resolved.
 *
 * @param kind what it is
 * @param vendorName the vendor it concerns, or null (e.g. a failed import)
 * @param title what to do or look at, for people
 * @param detail the facts behind it (due date, score, n), for people
 * @param due the day it is (or was) due, or null
 * @param overdue true when its date has passed without it being done
 * @param link the page where it is resolved
 */
public record AttentionItem(
        Kind kind, String vendorName, String title, String detail, LocalDate due, boolean overdue, String link) {

    /** The kinds of item, in the order the home page lists them. */
    public enum Kind {
        ALERT("Alert"),
        ACTION("Action"),
        PROMISE("Promise"),
        MEETING("Meeting"),
        SCORECARD("Scorecard"),
        CONTRACT("Contract"),
        DATA("Data"),
        IMPORT("Import"),
        SURVEY("Survey");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
