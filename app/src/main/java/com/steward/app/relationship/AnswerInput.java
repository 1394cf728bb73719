package com.steward.app.relationship;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's answer: a 1–5 score per dimension (keys as {@link SurveyDimension#id()}, all seven required) and
 * an optional comment. Carries nothing about who answers.
 */
public record AnswerInput(
        Map<String, Integer> scores, @Nullable String comment) {}
