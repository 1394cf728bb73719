package com.steward.app.lake;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of queries over one published lake generation; the lake changes only by imports. The same query on the
 * same data (pages, monitoring, scorecard runs, many users at once) is computed once and shared, and a new
 * generation makes every later query recompute. Concurrent identical queries wait for the one computation.
 */
final class ResultCache {

    private final int capacity;
    private final ConcurrentHashMap<Key, CompletableFuture<List<?>>> results = new ConcurrentHashMap<>();

    private record Key(long generation, Object query) {}

    ResultCache(int capacity) {
        this.capacity = capacity;
    }

    /** The rows of {@code query} at {@code generation}, computed by {@code compute} unless already known. */
    @SuppressWarnings("unchecked")
    <T> List<T> rows(long generation, Object query, Supplier<List<T>> compute) {
        Key key = new Key(generation, query);
        if (results.size() >= capacity) {
            results.clear();
        }
        CompletableFuture<List<?>> mine = new CompletableFuture<>();
        CompletableFuture<List<?>> existing = results.putIfAbsent(key, mine);
        if (existing != null) {
            return (List<T>) existing.join();
        }
        try {
            List<T> rows = List.copyOf(compute.get());
            mine.complete(rows);
            results.keySet().removeIf(cached -> cached.generation() != generation);
            return rows;
        } catch (RuntimeException e) {
            results.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
