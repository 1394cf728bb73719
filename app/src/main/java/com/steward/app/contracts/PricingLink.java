package com.steward.app.contracts;

/**
 * The business-case offer a contract's pricing comes from: a stored scenario and one of its offers.
 *
 * @param businessCaseId the business-case scenario's id
 * @param offerName the offer's name within that scenario
 */
public record PricingLink(Long businessCaseId, String offerName) {}
