package com.steward.app.keycustomers;

/** What a key-account import did: accounts added, and existing ones (same customer id) updated. */
public record ImportSummary(int added, int updated) {}
