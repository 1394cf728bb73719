package com.steward.app.lists;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The text filter and page of a list page ({@code ?q=...&page=...}), bound as a record; a blank {@code q} is every
 * row.
 */
public record ListFilter(@Nullable String q, @Nullable Integer page) {

    public ListFilter {
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public boolean isAll() {
        return q == null;
    }

    /** Whether any of the texts contains the filter, ignoring case. */
    public boolean matches(@Nullable String... texts) {
        if (q == null) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    public int pageIndex() {
        return page == null ? 0 : page;
    }
}
