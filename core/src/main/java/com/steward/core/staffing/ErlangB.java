package com.steward.core.staffing;

/**
 * Erlang B: the blocking probability of an M/M/n/n loss system.
 *
 * <p>Computed with the standard stable recursion (see e.g. Jagerman, "Some properties of the
 * Erlang loss function", Bell System Technical Journal 53 (1974) 525–551):
 *
 * <pre>B(0, A) = 1,   B(k, A) = A·B(k−1, A) / (k + A·B(k−1, A))   for k = 1 … n.</pre>
 *
 * <p>The loop runs through k = n <em>inclusive</em>; stopping one step short yields B(n−1, A), a
 * known bug in some published implementations. Every intermediate value lies in [0, 1], so the
 * recursion neither overflows nor loses precision for tens of thousands of servers or for loads
 * far above the number of servers; it costs O(n). It is evaluated in the algebraically identical
 * inverse form 1/B(k) = 1 + (k/A)·1/B(k−1), which sums positive terms only.
 */
public final class ErlangB {

    private ErlangB() {}

    /**
     * Blocking probability B(n, A).
     *
     * @param offeredLoad A = arrival rate × mean holding time, in erlangs, finite and ≥ 0
     * @param servers n ≥ 0
     * @return B(n, A) in [0, 1]
     */
    public static double blocking(double offeredLoad, int servers) {
        Checks.nonNegative("offeredLoad", offeredLoad);
        Checks.nonNegative("servers", servers);
        if (offeredLoad == 0) {
            return servers == 0 ? 1 : 0;
        }
        // inverse form 1/B(k) = 1 + (k/A)·(1/B(k−1)): one multiply-add per step instead of a
        // division; all terms positive, so no cancellation; overflow to +∞ means B underflows to 0
        double invLoad = 1 / offeredLoad;
        double inverse = 1.0;
        for (int k = 1; k <= servers; k++) {
            inverse = 1 + k * invLoad * inverse;
        }
        return 1 / inverse;
    }
}
