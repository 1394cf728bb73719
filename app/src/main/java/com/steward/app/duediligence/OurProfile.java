package com.steward.app.duediligence;

import java.time.Instant;
import java.util.Locale;

/**
 * Our own company as a vendor's client would be: industry and scale. A vendor's client "matches
 * our profile" when it is in our industry AND of similar scale: its contacts per month (or, when
 * unknown, its seats) within ±{@code scaleTolerance} of ours (0.5 = ±50 %).
 */
public record OurProfile(String industry, int contactsPerMonth, int seats, double scaleTolerance, Instant updatedAt) {

    public boolean sameIndustry(String other) {
        if (other == null || other.isBlank()) {
            return false;
        }
        String a = industry.strip().toLowerCase(Locale.ROOT);
        String b = other.strip().toLowerCase(Locale.ROOT);
        return a.equals(b) || a.contains(b) || b.contains(a);
    }

    public boolean similarScale(Integer clientContactsPerMonth, Integer clientSeats) {
        if (clientContactsPerMonth != null && contactsPerMonth > 0) {
            return within(clientContactsPerMonth, contactsPerMonth);
        }
        if (clientSeats != null && seats > 0) {
            return within(clientSeats, seats);
        }
        return false;
    }

    private boolean within(double value, double ours) {
        return Math.abs(value - ours) <= scaleTolerance * ours + 1e-9;
    }
}
