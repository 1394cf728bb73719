package com.steward.app.selection.web;

import com.steward.app.selection.CreateSelectionCommand;
import com.steward.app.selection.Criterion;
import com.steward.app.selection.RecordScoresCommand;
import com.steward.app.selection.SetWeightsCommand;
import com.steward.app.web.InvalidRequestException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The selection pages' forms, bound with {@code @Valid}: each turns into its command once valid. */
public final class SelectionForms {

    private SelectionForms() {}

    /** A service's message without the field's Java name in front: "weights: must sum to 100" reads "Must sum to 100". */
    static String words(InvalidRequestException e) {
        String message = e.getMessage() == null ? "Not a valid value." : e.getMessage();
        String prefix = e.field() + ": ";
        if (e.field() != null && message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** Opens a selection: {@code offers[<vendor id>]} names a candidate's offer in the business case. */
    public record NewSelection(
            @NotBlank @Size(max = 200) @Nullable String name,

            @NotNull @Size(min = 2, max = 12) @Nullable List<Long> vendorIds,

            @Nullable Long businessCaseId,
            @Nullable Map<String, @Size(max = 200) String> offers) {

        static NewSelection blank() {
            return new NewSelection("", List.of(), null, Map.of());
        }

        public boolean picked(long vendorId) {
            return vendorIds != null && vendorIds.contains(vendorId);
        }

        public String offer(long vendorId) {
            return offers == null ? "" : offers.getOrDefault(Long.toString(vendorId), "");
        }

        CreateSelectionCommand toCommand() {
            Map<Long, String> byVendor = new HashMap<>();
            List<Long> ids = vendorIds == null ? List.of() : vendorIds;
            for (Long id : ids) {
                String offer = offer(id);
                if (!offer.isBlank()) {
                    byVendor.put(id, offer);
                }
            }
            return new CreateSelectionCommand(name, ids, businessCaseId, byVendor);
        }
    }

    /** The weights, {@code weights[<CRITERION>]}, each 0–100; a blank one counts as 0. */
    public record Weights(@Nullable Map<String, @DecimalMin("0") @DecimalMax("100") Double> weights) {

        static Weights of(Map<Criterion, Double> current) {
            Map<String, Double> w = new LinkedHashMap<>();
            current.forEach((c, v) -> w.put(c.name(), v));
            return new Weights(w);
        }

        public @Nullable Double weight(Criterion criterion) {
            return weights == null ? null : weights.get(criterion.name());
        }

        SetWeightsCommand toCommand() {
            Map<Criterion, Double> byCriterion = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                Double w = weight(c);
                byCriterion.put(c, w == null ? 0 : w);
            }
            return new SetWeightsCommand(byCriterion);
        }
    }

    /** The evaluator's scores, {@code scores[<vendor id>-<CRITERION>]}, each 0–10; blank cells are not scored. */
    public record Scores(@Nullable Map<String, @DecimalMin("0") @DecimalMax("10") Double> scores) {

        static Scores of(Map<Long, Map<Criterion, Double>> mine) {
            Map<String, Double> s = new LinkedHashMap<>();
            mine.forEach((vendor, byCriterion) -> byCriterion.forEach((c, v) -> s.put(key(vendor, c), v)));
            return new Scores(s);
        }

        static String key(long vendorId, Criterion criterion) {
            return vendorId + "-" + criterion.name();
        }

        public @Nullable Double score(long vendorId, Criterion criterion) {
            return scores == null ? null : scores.get(key(vendorId, criterion));
        }

        /** The cells filled in; a key that is not one of the form's cells is ignored. */
        List<RecordScoresCommand.Entry> entries(List<Long> candidates) {
            List<RecordScoresCommand.Entry> entries = new ArrayList<>();
            for (Long vendor : candidates) {
                for (Criterion c : Criterion.values()) {
                    Double score = score(vendor, c);
                    if (score != null) {
                        entries.add(new RecordScoresCommand.Entry(vendor, c, score));
                    }
                }
            }
            return entries;
        }
    }
}
