package com.steward.app.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * An agent on the account.
 *
 * @param agentId the vendor's agent id, 1–100 characters
 * @param startDate first day on the account
 * @param endDate last day on the account; null while on it
 * @param dedicated works only on this account (false: shared with other clients)
 * @param trainingModules the client's training modules completed
 * @param certifiedOn when certified to the client's standard; null when not yet
 */
public record TeamMemberInput(
        String agentId,
        LocalDate startDate,
        LocalDate endDate,
        Boolean dedicated,
        List<String> trainingModules,
        LocalDate certifiedOn) {}
