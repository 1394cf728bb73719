package com.steward.app.duediligence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds or changes a reference-call question. */
public record SaveReferenceQuestionCommand(
        @NotBlank @Size(max = 500) String text,
        @NotNull @Min(0) @Max(1000) Integer position,
        boolean active) {}
