package com.steward.app.duediligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An interview of one of the vendor's agents, scored 1–5 on each rubric item.
 *
 * @param agent how the agent is identified (first name, agent id); may be blank
 */
public record AgentInterview(
        long id,
        long vendorId,
        LocalDate interviewedOn,
        InterviewChannel channel,
        String interviewer,
        String agent,
        int courtesy,
        int productUnderstanding,
        int language,
        int problemSolving,
        int empathy,
        String notes,
        String recordedBy,
        Instant createdAt) {

    /** The rubric items, in display order. */
    public static final List<String> RUBRIC =
            List.of("courtesy", "productUnderstanding", "language", "problemSolving", "empathy");

    /** The unweighted mean of the rubric items. */
    public double average() {
        return (courtesy + productUnderstanding + language + problemSolving + empathy) / 5.0;
    }
}
