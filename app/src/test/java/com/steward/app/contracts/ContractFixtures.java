package com.steward.app.contracts;

import com.steward.app.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Contracts the tests share, created through the real facade. */
public final class ContractFixtures {

    private ContractFixtures() {}

    public static ContractInput contractFor(long vendorId, String name) {
        return new ContractInput(
                vendorId,
                name,
                ContractStatus.ACTIVE,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31),
                null,
                List.of("care"),
                List.of("EMEA"),
                List.of("voice", "chat"),
                100_000.0,
                null);
    }

    /** CSAT 40, QA 30 (quality, 70 %), AHT 30 (operational). */
    public static ScorecardInput qualityFirstScorecard() {
        return new ScorecardInput(
                List.of(
                        new ScorecardInput.Line("csat", 0.85, 0.75, 40.0),
                        new ScorecardInput.Line("qa", 90.0, 80.0, 30.0),
                        new ScorecardInput.Line("aht", 300.0, 360.0, 30.0)),
                false);
    }

    /** Runs work signed in as the accounts' principal of {@code role}. */
    public static <T> T as(
            TestAccounts accounts, com.steward.app.security.Role role, java.util.function.Supplier<T> work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        var principal = accounts.principal(role);
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** {@code {ownContract}} and {@code {otherContract}} for the route × role matrix. */
    public static Map<String, String> routePlaceholders(Contracts contracts, TestAccounts accounts) {
        return as(accounts, com.steward.app.security.Role.ADMIN, () -> {
            Contract own = contracts.create(contractFor(accounts.ownVendor.id(), "Own contract"));
            Contract other = contracts.create(contractFor(accounts.otherVendor.id(), "Other contract"));
            contracts.defineScorecard(own.id(), qualityFirstScorecard());
            contracts.defineScorecard(other.id(), qualityFirstScorecard());
            return Map.of("{ownContract}", Long.toString(own.id()), "{otherContract}", Long.toString(other.id()));
        });
    }
}
