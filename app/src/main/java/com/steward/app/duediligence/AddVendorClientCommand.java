package com.steward.app.duediligence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Records a client of the vendor, as disclosed under NDA. */
public record AddVendorClientCommand(
        @NotBlank @Size(max = 200) String clientName,
        @NotBlank @Size(max = 200) String industry,
        @Min(0) @Max(1_000_000) Integer seats,
        @Min(0) @Max(100_000_000) Integer contactsPerMonth,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent
        LocalDate ndaSignedOn,

        @Size(max = 2000) String notes) {}
