package com.steward.app.kpi;

import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.app.ingest.InteractionLake;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Runs KPI queries for the signed-in user. The caller's {@link VendorScope} becomes the query's vendor filter,
 * applied in the KPI SQL: client staff see every handler; a VENDOR user only rows its own vendor handled (not
 * in-house, not other vendors), whatever the request asks.
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

    public List<KpiRow> run(KpiQuery query) {
        return lake.kpis(query.withVendors(allowedHandlers()));
    }

    /** {@code null} for unrestricted callers, else the codes of the vendors in scope (possibly none). */
    public Set<String> allowedHandlers() {
        VendorScope scope = access.currentScope();
        if (scope.unrestricted()) {
            return null;
        }
        return vendors.visibleVendors().stream()
                .filter(v -> scope.permits(v.id()))
                .map(Vendor::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    public InteractionLake lake() {
        return lake;
    }
}
