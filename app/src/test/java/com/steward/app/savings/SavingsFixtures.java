package com.steward.app.savings;

import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.contracts.Contracts;
import com.steward.app.security.Role;
import com.steward.app.security.RouteFixture;
import com.steward.app.support.TestAccounts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** Ledger entries, contracts and invoice lines the tests share, created through the real facade as ADMIN. */
public class SavingsFixtures implements RouteFixture {

    public SavingsFixtures() {}

    public static LedgerEntryInput governanceHours(
            long vendorId, String month, String person, String hours, String rate) {
        return new LedgerEntryInput(
                vendorId,
                month,
                HiddenCostCategory.GOVERNANCE_HOURS,
                person,
                new BigDecimal(hours),
                new BigDecimal(rate),
                null,
                "Weekly operations review and follow-up");
    }

    public static LedgerEntryInput plain(long vendorId, String month, HiddenCostCategory category, String amount) {
        return new LedgerEntryInput(
                vendorId, month, category, null, null, null, new BigDecimal(amount), category.label() + " cost");
    }

    public static InvoiceInput line(String month, UnitType type, String units, String price, String reference) {
        return new InvoiceInput(month, type, new BigDecimal(units), new BigDecimal(price), reference);
    }

    @Override
    public Map<String, String> routePlaceholders(ApplicationContext context, TestAccounts accounts) {
        Savings savings = context.getBean(Savings.class);
        Contracts contracts = context.getBean(Contracts.class);
        return ContractFixtures.as(accounts, Role.ADMIN, () -> {
            long own = accounts.ownVendor.id();
            Contract mine = contracts.create(ContractFixtures.contractFor(own, "Savings route contract"));
            Contract other =
                    contracts.create(ContractFixtures.contractFor(accounts.otherVendor.id(), "Savings other contract"));
            Map<String, String> out = new HashMap<>();
            out.put("{savingsContract}", Long.toString(mine.id()));
            out.put("{savingsOtherContract}", Long.toString(other.id()));
            out.put("{savingsVendorCode}", accounts.ownVendor.code());
            out.put("{savingsEntry}", id(savings.record(governanceHours(own, "2026-01", "Pat", "2", "75"))));
            out.put("{savingsEntryDel}", id(savings.record(plain(own, "2026-01", HiddenCostCategory.REWORK, "50"))));
            out.put("{savingsEntryDelApi}", id(savings.record(plain(own, "2026-01", HiddenCostCategory.OTHER, "60"))));
            out.put(
                    "{savingsInvoice}",
                    Long.toString(savings.recordInvoice(
                                    mine.id(), line("2026-01", UnitType.HANDLED_MINUTE, "1000", "0.8", "R-1"))
                            .id()));
            out.put(
                    "{savingsInvoiceDel}",
                    Long.toString(savings.recordInvoice(mine.id(), line("2026-01", UnitType.CONTACT, "10", "3", "R-2"))
                            .id()));
            out.put(
                    "{savingsInvoiceDelApi}",
                    Long.toString(
                            savings.recordInvoice(mine.id(), line("2026-01", UnitType.FTE_MONTH, "2", "4000", "R-3"))
                                    .id()));
            return out;
        });
    }

    private static String id(LedgerEntry e) {
        return Long.toString(e.id());
    }
}
