package com.steward.app.lists;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where a list page is: page {@code page} (0-based) of {@code size} rows out of {@code total}, on {@code path} with
 * the filters {@code params} kept in every page link. Rendered by {@code fragments/pager :: pager(pager, label)}.
 */
public record Pager(String path, Map<String, String> params, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;

    public Pager {
        params = Map.copyOf(params);
        size = size <= 0 ? DEFAULT_SIZE : size;
        long pages = Math.max(1, (total + size - 1) / size);
        page = (int) Math.min(Math.max(0, page), pages - 1);
    }

    /** A pager over {@code total} rows; blank filter values are left out of the links. */
    public static Pager of(String path, Map<String, @Nullable String> filters, int page, long total) {
        Map<String, String> kept = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v);
            }
        });
        return new Pager(path, kept, page, DEFAULT_SIZE, total);
    }

    /** The rows of this page, out of every row in order. */
    public <T> List<T> rows(List<T> all) {
        int from = (int) Math.min(all.size(), (long) page * size);
        int to = (int) Math.min(all.size(), (long) from + size);
        return all.subList(from, to);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** 1-based number of the first row shown (0 when none). */
    public long first() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long last() {
        return Math.min(total, (long) (page + 1) * size);
    }

    /** The link to page {@code target} (0-based) with the filters kept. */
    public String href(int target) {
        Map<String, String> query = new LinkedHashMap<>(params);
        query.put("page", Integer.toString(target));
        return path + "?"
                + query.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
