package com.steward.app.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored contract. For VENDOR users {@code pricing} and {@code monthlyInvoice} are null: they
 * never see prices.
 */
public record Contract(
        long id,
        long vendorId,
        String vendorName,
        String name,
        ContractStatus status,
        LocalDate termStart,
        LocalDate termEnd,
        PricingLink pricing,
        List<String> queues,
        List<String> regions,
        List<String> channels,
        Double monthlyInvoice,
        ContractRules rules,
        boolean qualityShareAcknowledged,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    /** The same contract without prices, as VENDOR users see it. */
    public Contract withoutPrices() {
        return new Contract(
                id,
                vendorId,
                vendorName,
                name,
                status,
                termStart,
                termEnd,
                null,
                queues,
                regions,
                channels,
                null,
                rules,
                qualityShareAcknowledged,
                createdBy,
                createdAt,
                updatedAt);
    }
}
