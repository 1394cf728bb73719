package com.steward.app.duediligence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** Records a reference call; {@code answers} maps question id to the answer given. */
public record RecordReferenceCallCommand(
        @NotBlank @Size(max = 200) String reference,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull @PastOrPresent
        LocalDate calledOn,

        @NotBlank @Size(max = 200) String calledBy,
        @NotNull @Min(1) @Max(5) Integer score,
        @Size(max = 4000) String summary,
        Map<Long, @Size(max = 4000) String> answers) {

    public RecordReferenceCallCommand {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
