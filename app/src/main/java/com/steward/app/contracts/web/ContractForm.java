package com.steward.app.contracts.web;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractInput;
import com.steward.app.contracts.ContractRules;
import com.steward.app.contracts.ContractStatus;
import com.steward.app.contracts.PricingLink;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The contract form as posted. Lists are comma-separated; the pricing offer is {@code
 * <businessCaseId>::<offerName>}; shares are percentages.
 */
record ContractForm(
        Long vendorId,
        String name,
        ContractStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEnd,
        String offer,
        String queues,
        String regions,
        String channels,
        Double monthlyInvoice,
        Double requiredQualityPercent,
        Double thresholdScore,
        Double creditPercentPerPoint,
        Double creditCapPercent,
        Integer earnBackMonths,
        Double earnBackPercent,
        Integer remediationAfter,
        Integer chronicAfter,
        Integer recoveryAfter) {

    static ContractForm blank(Long vendorId, LocalDate today) {
        ContractRules d = ContractRules.defaults();
        return new ContractForm(
                vendorId,
                "",
                ContractStatus.DRAFT,
                today,
                today.plusYears(3).minusDays(1),
                "",
                "",
                "",
                "voice",
                null,
                d.requiredQualityShare() * 100,
                d.thresholdScore(),
                d.creditPercentPerPoint(),
                d.creditCapPercent(),
                d.earnBackMonths(),
                d.earnBackShare() * 100,
                d.remediationAfter(),
                d.chronicAfter(),
                d.recoveryAfter());
    }

    static ContractForm of(Contract c) {
        ContractRules r = c.rules().withDefaults();
        return new ContractForm(
                c.vendorId(),
                c.name(),
                c.status(),
                c.termStart(),
                c.termEnd(),
                c.pricing() == null
                        ? ""
                        : c.pricing().businessCaseId() + "::" + c.pricing().offerName(),
                String.join(", ", c.queues()),
                String.join(", ", c.regions()),
                String.join(", ", c.channels()),
                c.monthlyInvoice(),
                r.requiredQualityShare() * 100,
                r.thresholdScore(),
                r.creditPercentPerPoint(),
                r.creditCapPercent(),
                r.earnBackMonths(),
                r.earnBackShare() * 100,
                r.remediationAfter(),
                r.chronicAfter(),
                r.recoveryAfter());
    }

    ContractInput toInput() {
        PricingLink pricing = null;
        if (offer != null && offer.contains("::")) {
            String[] parts = offer.split("::", 2);
            try {
                pricing = new PricingLink(Long.valueOf(parts[0].strip()), parts[1]);
            } catch (NumberFormatException e) {
                pricing = new PricingLink(null, parts[1]);
            }
        }
        return new ContractInput(
                vendorId,
                name,
                status,
                termStart,
                termEnd,
                pricing,
                list(queues),
                list(regions),
                list(channels),
                monthlyInvoice,
                new ContractRules(
                        requiredQualityPercent == null ? null : requiredQualityPercent / 100,
                        thresholdScore,
                        creditPercentPerPoint,
                        creditCapPercent,
                        earnBackMonths,
                        earnBackPercent == null ? null : earnBackPercent / 100,
                        remediationAfter,
                        chronicAfter,
                        recoveryAfter));
    }

    private static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).toList();
    }
}
