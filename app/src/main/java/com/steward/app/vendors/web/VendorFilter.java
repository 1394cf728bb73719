package com.steward.app.vendors.web;

import com.steward.app.lists.ListFilter;
import com.steward.app.vendors.VendorStatus;
import org.jspecify.annotations.Nullable;

/** The vendor list's filter: name or code, status, and the page. */
public record VendorFilter(
        @Nullable String q,
        @Nullable VendorStatus status,
        @Nullable Integer page) {

    public boolean isAll() {
        return new ListFilter(q, page).isAll() && status == null;
    }
}
