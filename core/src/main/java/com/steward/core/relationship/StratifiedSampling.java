package com.steward.core.relationship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Stratified simple random sampling without replacement with proportional allocation (Cochran, <i>Sampling
 * Techniques</i>, 3rd ed., 1977, §5.5: {@code n_h = n · N_h / N}), rounded by the largest-remainder (Hamilton)
 * method so the allocations sum to exactly {@code n}. When {@code n} is at least the number of non-empty strata,
 * every stratum first gets one unit and the rest is allocated proportionally to what each stratum has left, so no
 * stratum is skipped. Draws are reproducible: the same population, size and seed give the same sample.
 */
public final class StratifiedSampling {

    private StratifiedSampling() {}

    /**
     * How many units to draw from each stratum.
     *
     * @param sizes stratum → population size N_h (zero-size strata get zero)
     * @param n the sample size wanted; capped at the population size
     * @return stratum → n_h, in the key order of {@code sizes} sorted by key; the values sum to min(n, N)
     */
    public static <K extends Comparable<K>> Map<K, Integer> allocate(Map<K, Integer> sizes, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("sample size must not be negative: " + n);
        }
        TreeMap<K, Integer> strata = new TreeMap<>();
        long population = 0;
        for (Map.Entry<K, Integer> e : sizes.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("stratum " + e.getKey() + " has a negative size");
            }
            strata.put(e.getKey(), e.getValue());
            population += e.getValue();
        }
        Map<K, Integer> out = new LinkedHashMap<>();
        strata.keySet().forEach(k -> out.put(k, 0));
        if (population == 0 || n == 0) {
            return out;
        }
        if (n >= population) {
            strata.forEach(out::put);
            return out;
        }
        long nonEmpty = strata.values().stream().filter(s -> s > 0).count();
        int base = n >= nonEmpty ? 1 : 0;
        int remaining = n;
        long capacity = 0;
        for (Map.Entry<K, Integer> e : strata.entrySet()) {
            int b = Math.min(base, e.getValue());
            out.put(e.getKey(), b);
            remaining -= b;
            capacity += e.getValue() - b;
        }
        if (remaining == 0) {
            return out;
        }
        // Hamilton: floors of the quotas, then one more to the largest remainders (ties: larger stratum, then key).
        // Quotas are proportional to each stratum's remaining capacity, so no stratum is given more than it holds.
        List<Share<K>> shares = new ArrayList<>();
        int given = 0;
        for (Map.Entry<K, Integer> e : strata.entrySet()) {
            int left = e.getValue() - Objects.requireNonNull(out.get(e.getKey()));
            double quota = (double) remaining * left / capacity;
            int floor = (int) Math.floor(quota);
            out.merge(e.getKey(), floor, Integer::sum);
            given += floor;
            shares.add(new Share<>(e.getKey(), quota - floor, e.getValue()));
        }
        shares.sort(Comparator.<Share<K>>comparingDouble(s -> -s.remainder())
                .thenComparing(s -> -s.size())
                .thenComparing(Share::key));
        for (int i = 0; i < remaining - given; i++) {
            K key = shares.get(i).key();
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }

    private record Share<K>(K key, double remainder, int size) {}

    /**
     * Draws a stratified sample.
     *
     * @param population the units; their order does not matter (each stratum is sorted by {@code id} first)
     * @param stratum the stratum of a unit
     * @param id a unique, stable identifier of a unit (fixes the order before shuffling)
     * @param n sample size
     * @param seed the seed stored with the sample; {@link Random}'s generator is fully specified by the JDK, so the
     *     same seed gives the same sample on every Java version
     * @return the sampled units, grouped by stratum in key order, each stratum in draw order
     */
    public static <T, K extends Comparable<K>> List<T> draw(
            List<T> population, Function<T, K> stratum, Function<T, String> id, int n, long seed) {
        TreeMap<K, List<T>> strata = new TreeMap<>();
        for (T unit : population) {
            strata.computeIfAbsent(stratum.apply(unit), k -> new ArrayList<>()).add(unit);
        }
        Map<K, Integer> sizes = new LinkedHashMap<>();
        strata.forEach((k, units) -> sizes.put(k, units.size()));
        Map<K, Integer> allocation = allocate(sizes, n);
        Random random = new Random(seed);
        List<T> sample = new ArrayList<>();
        for (Map.Entry<K, List<T>> e : strata.entrySet()) {
            List<T> units = new ArrayList<>(e.getValue());
            units.sort(Comparator.comparing(id));
            // Partial Fisher–Yates: the first n_h positions are a uniform random subset (Knuth, TAOCP 2, §3.4.2).
            int take = Objects.requireNonNull(allocation.get(e.getKey()));
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(units.size() - i);
                T swap = units.get(i);
                units.set(i, units.get(j));
                units.set(j, swap);
            }
            sample.addAll(units.subList(0, take));
        }
        return sample;
    }
}
