package com.steward.app.contracts;

import java.time.LocalDate;
import java.util.List;

/** A stored roster line. */
public record TeamMember(
        long id,
        long contractId,
        String agentId,
        LocalDate startDate,
        LocalDate endDate,
        boolean dedicated,
        List<String> trainingModules,
        LocalDate certifiedOn) {}
