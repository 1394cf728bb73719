package com.steward.app.relationship;

import java.util.Locale;

/** The human factors a pulse survey asks about, each on a 1–5 Likert scale (1 = very poor, 5 = excellent). */
public enum SurveyDimension {
    COMMUNICATION("communication", "Communication", "Information is shared clearly and in time"),
    TRUST("trust", "Trust", "We can rely on each other's word and intentions"),
    RESPONSIVENESS("responsiveness", "Responsiveness", "Requests and issues get a timely answer"),
    COURTESY("courtesy", "Courtesy", "People are treated with respect"),
    PROMISE_KEEPING("promise_keeping", "Promise keeping", "What is agreed gets done"),
    CULTURAL_FIT("cultural_fit", "Cultural fit", "Our ways of working fit together"),
    CHANGE_HANDLING("change_handling", "Change handling", "Changes are agreed and carried out smoothly");

    private final String column;
    private final String label;
    private final String question;

    SurveyDimension(String column, String label, String question) {
        this.column = column;
        this.label = label;
        this.question = question;
    }

    /** The answers table's column and the key in forms and JSON. */
    public String id() {
        return column;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }

    public static SurveyDimension byId(String id) {
        for (SurveyDimension d : values()) {
            if (d.column.equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension " + id);
    }
}
