package com.steward.app.duediligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One reference call: whom we called about the vendor, when, who called, the answers to the
 * question set as it stood, and an overall score (1 poor – 5 excellent).
 */
public record ReferenceCall(
        long id,
        long vendorId,
        String reference,
        LocalDate calledOn,
        String calledBy,
        int score,
        String summary,
        List<Answer> answers,
        String recordedBy,
        Instant createdAt) {

    public ReferenceCall {
        answers = List.copyOf(answers);
    }

    /** An answer, with the question's text as it was asked. */
    public record Answer(long questionId, String question, String answer) {}
}
