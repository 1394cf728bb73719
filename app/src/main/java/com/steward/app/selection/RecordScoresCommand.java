package com.steward.app.selection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The signed-in evaluator's scores (0–10), replacing that evaluator's earlier score of the same cell. */
public record RecordScoresCommand(@NotEmpty @Size(max = 500) List<@Valid Entry> scores) {

    /** One cell: a vendor on a criterion. */
    public record Entry(
            @NotNull Long vendorId,
            @NotNull Criterion criterion,
            @NotNull @DecimalMin("0") @DecimalMax("10") Double score) {}
}
