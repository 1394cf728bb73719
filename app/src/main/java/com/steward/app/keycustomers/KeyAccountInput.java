package com.steward.app.keycustomers;

/** A key account to add (or, by CSV import, to update by its customer id). */
public record KeyAccountInput(String customerId, String name, Tier tier, String accountOwner) {}
