package com.steward.app.duediligence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Records an agent interview; each rubric item is scored 1 (poor) to 5 (excellent). */
public record RecordInterviewCommand(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull @PastOrPresent
        LocalDate interviewedOn,

        @NotNull InterviewChannel channel,
        @NotBlank @Size(max = 200) String interviewer,
        @Size(max = 200) String agent,
        @NotNull @Min(1) @Max(5) Integer courtesy,
        @NotNull @Min(1) @Max(5) Integer productUnderstanding,
        @NotNull @Min(1) @Max(5) Integer language,
        @NotNull @Min(1) @Max(5) Integer problemSolving,
        @NotNull @Min(1) @Max(5) Integer empathy,
        @Size(max = 4000) String notes) {}
