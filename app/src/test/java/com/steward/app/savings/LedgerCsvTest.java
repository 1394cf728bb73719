package com.steward.app.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorStatus;
import com.steward.app.web.InvalidRequestException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerCsvTest {

    private static final Map<String, Vendor> VENDORS = Map.of("acme", vendor(7));

    private static Vendor vendor(long id) {
        return new Vendor(id, "acme", "Acme", VendorStatus.CONTRACTED, false, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void parsesEntriesAndNamesTheLineOfABadOne() {
        List<LedgerEntryInput> ok = LedgerCsv.parse(
                LedgerCsv.HEADER
                        + "\nacme,2026-01,governance_hours,Ann,2.5,80,,Review\nacme,2026-02,REWORK,,,,12.50,'=x\n",
                VENDORS);
        assertThat(ok).hasSize(2);
        assertThat(ok.getFirst().category()).isEqualTo(HiddenCostCategory.GOVERNANCE_HOURS);
        assertThat(ok.getFirst().hours()).isEqualByComparingTo("2.5");
        assertThat(ok.get(1).amount()).isEqualByComparingTo("12.50");
        assertThat(ok.get(1).description()).isEqualTo("=x");

        assertThatThrownBy(() -> LedgerCsv.parse(LedgerCsv.HEADER + "\nacme,2026-01,REWORK,,,,ten,x\n", VENDORS))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("amount 'ten'");
        assertThatThrownBy(() -> LedgerCsv.parse(LedgerCsv.HEADER + "\nzeta,2026-01,REWORK,,,,1,x\n", VENDORS))
                .hasMessageContaining("unknown vendor code 'zeta'");
        assertThatThrownBy(() -> LedgerCsv.parse(LedgerCsv.HEADER + "\nacme,2026-01,LUNCH,,,,1,x\n", VENDORS))
                .hasMessageContaining("unknown category");
        assertThatThrownBy(() -> LedgerCsv.parse("vendor,month\nacme,2026-01\n", VENDORS))
                .hasMessageContaining("line 1: header");
        assertThatThrownBy(() -> LedgerCsv.parse(LedgerCsv.HEADER + "\nacme,2026-01,REWORK\n", VENDORS))
                .hasMessageContaining("expected 8 columns");
    }

    @Test
    void theExportNeutralisesFormulaPrefixes() throws Exception {
        StringWriter out = new StringWriter();
        LedgerCsv.write(
                List.of(new LedgerEntry(
                        1,
                        7,
                        "Acme",
                        YearMonth.of(2026, 1),
                        HiddenCostCategory.OTHER,
                        "@admin",
                        null,
                        null,
                        new BigDecimal("5.00"),
                        "+1 call, -2 complaints",
                        "ana",
                        Instant.parse("2026-02-01T00:00:00Z"))),
                Map.of(7L, "acme"),
                out);
        assertThat(out.toString())
                .contains(
                        "1,acme,2026-01,OTHER,'@admin,,,5.00,\"'+1 call, -2 complaints\",ana,2026-02-01T00:00:00Z\r\n");
    }
}
