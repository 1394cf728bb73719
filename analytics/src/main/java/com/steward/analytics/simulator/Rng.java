package com.steward.analytics.simulator;

/**
 * xoshiro256** (Blackman &amp; Vigna 2018) seeded through SplitMix64: a small, fast, seeded generator for the
 * simulator's draws. Not thread-safe; each simulation stream owns its own.
 */
final class Rng {
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double spareGaussian = Double.NaN;

    Rng(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    /** A generator for sub-stream {@code stream} of {@code seed}, independent of the others for practical purposes. */
    static Rng of(long seed, long stream) {
        return new Rng(mix(seed ^ mix(stream * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L)));
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound). */
    int below(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** Exponential with mean 1. */
    double exponential() {
        return -Math.log(1.0 - uniform());
    }

    /** Standard normal (Marsaglia's polar method; the second value of each pair is kept for the next call). */
    double gaussian() {
        double spare = spareGaussian;
        if (spare == spare) {
            spareGaussian = Double.NaN;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        return u * f;
    }
}
