package com.steward.app.kpi;

import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.VendorFilter;
import com.steward.app.lake.InteractionLake;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Runs KPI queries for the signed-in user. The caller's {@link VendorScope} becomes the query's vendor filter,
 * applied in the KPI SQL: client staff see every handler; a VENDOR user only rows its own vendor handled (not
 * in-house, not other vendors), whatever the request asks. Controllers reach the lake through this service only.
 */
@Service
public class KpiExplorer {

    private final InteractionLake lake;
    private final VendorAccess access;
    private final VendorRegister vendors;

    KpiExplorer(InteractionLake lake, VendorAccess access, VendorRegister vendors) {
        this.lake = lake;
        this.access = access;
        this.vendors = vendors;
    }

    /** The first and last month the lake holds contacts of (any handler's), if it holds any. */
    public record DataMonths(YearMonth first, YearMonth last) {}

    public List<KpiRow> run(KpiQuery query) {
        return lake.kpis(query.withVendors(allowedHandlers()));
    }

    /** Every handler for unrestricted callers, else the codes of the vendors in scope (possibly none). */
    public VendorFilter allowedHandlers() {
        VendorScope scope = access.currentScope();
        if (scope.unrestricted()) {
            return VendorFilter.all();
        }
        return VendorFilter.only(vendors.visibleVendors().stream()
                .filter(v -> scope.permits(v.id()))
                .map(Vendor::code)
                .toList());
    }

    /** Whether the caller sees only some handlers' rows (a VENDOR user). */
    public boolean restricted() {
        return !access.currentScope().unrestricted();
    }

    /** The months the lake holds contacts of, to default the explorer's period; empty for an empty lake. */
    public Optional<DataMonths> dataMonths() {
        return lake.interactionMonths().map(m -> new DataMonths(m.first(), m.last()));
    }
}
