package com.steward.app.duediligence.web;

import com.steward.app.duediligence.RecordReferenceCallCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The reference-call form: {@code answers[<question id>]} holds the answer to each question asked. */
public record ReferenceCallForm(
        @NotBlank @Size(max = 200) @Nullable String reference,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull @PastOrPresent @Nullable
        LocalDate calledOn,

        @NotBlank @Size(max = 200) @Nullable String calledBy,
        @NotNull @Min(1) @Max(5) @Nullable Integer score,
        @Size(max = 4000) @Nullable String summary,
        @Nullable Map<String, @Size(max = 4000) String> answers) {

    public static ReferenceCallForm blank(LocalDate today, String caller) {
        return new ReferenceCallForm("", today, caller, null, "", Map.of());
    }

    /** The answer typed for a question, for re-rendering the form. */
    public String answer(long questionId) {
        return answers == null ? "" : answers.getOrDefault(Long.toString(questionId), "");
    }

    /** Called once the form is valid (@NotNull fields present). */
    @SuppressWarnings("NullAway")
    RecordReferenceCallCommand toCommand() {
        Map<Long, String> byQuestion = new HashMap<>();
        if (answers != null) {
            answers.forEach((key, value) -> {
                if (key.chars().allMatch(Character::isDigit) && !key.isEmpty() && value != null && !value.isBlank()) {
                    byQuestion.put(Long.valueOf(key), value);
                }
            });
        }
        return new RecordReferenceCallCommand(reference, calledOn, calledBy, score, summary, byQuestion);
    }
}
