package com.steward.app.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract as the API and the forms take it (create and update).
 *
 * @param vendorId the vendor (must be visible to the caller)
 * @param name contract name, 1–200 characters
 * @param status draft, active, ended or terminated (default DRAFT)
 * @param termStart first day of the term
 * @param termEnd last day of the term, not before {@code termStart}
 * @param pricing the business-case offer the pricing comes from; null for none
 * @param queues queues in scope
 * @param regions regions in scope
 * @param channels channels in scope (voice, chat, email, …)
 * @param monthlyInvoice expected monthly invoice, used for credits in months without their own
 *     invoice amount; null when unknown
 * @param rules scorecard rules; null for the defaults
 */
public record ContractInput(
        Long vendorId,
        String name,
        ContractStatus status,
        LocalDate termStart,
        LocalDate termEnd,
        PricingLink pricing,
        List<String> queues,
        List<String> regions,
        List<String> channels,
        Double monthlyInvoice,
        ContractRules rules) {}
