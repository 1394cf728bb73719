package com.steward.app.duediligence.web;

import com.steward.app.duediligence.OurProfile;
import com.steward.app.duediligence.UpdateOurProfileCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The "our profile" form: the scale tolerance typed as a percentage (50 = ±50 %), stored as a fraction. */
public record OurProfileForm(
        @NotBlank @Size(max = 200) @Nullable String industry,
        @NotNull @Min(0) @Max(100_000_000) @Nullable Integer contactsPerMonth,
        @NotNull @Min(0) @Max(1_000_000) @Nullable Integer seats,

        @NotNull @DecimalMin("0") @DecimalMax("1000") @Nullable
        Double tolerancePercent) {

    public static OurProfileForm of(OurProfile profile) {
        return new OurProfileForm(
                profile.industry(),
                profile.contactsPerMonth(),
                profile.seats(),
                Math.round(profile.scaleTolerance() * 1000) / 10.0);
    }

    /** Called once the form is valid: every field is present. */
    @SuppressWarnings("NullAway")
    UpdateOurProfileCommand toCommand() {
        return new UpdateOurProfileCommand(industry, contactsPerMonth, seats, tolerancePercent / 100);
    }
}
