package com.steward.app.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Opens a selection among vendors, with the default weights. {@code offers} maps a vendor id to
 * the name of its offer in the business case {@code businessCaseId} (both optional).
 */
public record CreateSelectionCommand(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 12) List<Long> vendorIds,
        Long businessCaseId,
        Map<Long, @Size(max = 200) String> offers) {

    public CreateSelectionCommand {
        offers = offers == null ? Map.of() : Map.copyOf(offers);
    }
}
