package com.steward.core.allocation;

import java.util.Locale;

/** An allocation that cannot be computed as given; the message names the segment, handler or interval. */
public class AllocationException extends IllegalArgumentException {

    public AllocationException(String message) {
        super(message);
    }

    static AllocationException sharesDoNotSum(Segment segment, double sum) {
        return new AllocationException(String.format(
                Locale.ROOT,
                "shares of queue %s in region %s sum to %.4f %%, must be 100 %%",
                segment.queue(),
                segment.region(),
                sum * 100));
    }
}
