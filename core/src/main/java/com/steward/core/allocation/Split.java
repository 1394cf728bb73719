package com.steward.core.allocation;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How one segment's contacts are divided among handlers: by shares summing to 100 %, or by caps taken in order
 * (each handler takes up to its cap per interval, the rest overflows to the next; what no handler can take is
 * unallocated).
 */
public sealed interface Split {

    /** Tolerance on the sum of shares: 100 % ± 0.0001 percentage points. */
    double SUM_TOLERANCE = 1e-6;

    /** The segment this split applies to. */
    Segment segment();

    /** Handler codes in order. */
    List<String> handlers();

    /** One handler's share of a segment, in [0, 1]. */
    record Share(String handler, double share) {
        public Share {
            if (handler == null || handler.isBlank()) {
                throw new IllegalArgumentException("share handler must not be blank");
            }
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("share of " + handler + " must be in [0, 1], was " + share);
            }
        }
    }

    /** One handler's cap in contacts per interval; empty = takes whatever reaches it. */
    record Cap(String handler, OptionalDouble contactsPerInterval) {
        public Cap {
            if (handler == null || handler.isBlank() || contactsPerInterval == null) {
                throw new IllegalArgumentException("cap handler must not be blank");
            }
            if (contactsPerInterval.isPresent()
                    && (!(contactsPerInterval.getAsDouble() >= 0)
                            || Double.isInfinite(contactsPerInterval.getAsDouble()))) {
                throw new IllegalArgumentException(
                        "cap of " + handler + " must be >= 0, was " + contactsPerInterval.getAsDouble());
            }
        }

        public static Cap of(String handler, double contacts) {
            return new Cap(handler, OptionalDouble.of(contacts));
        }

        public static Cap unlimited(String handler) {
            return new Cap(handler, OptionalDouble.empty());
        }
    }

    /**
     * Fixed shares, summing to 100 %.
     *
     * @throws AllocationException naming the segment and the sum when the shares do not sum to 100 %
     */
    record Shares(Segment segment, List<Share> shares) implements Split {
        public Shares {
            if (segment == null || shares == null || shares.isEmpty()) {
                throw new IllegalArgumentException("a split needs a segment and at least one share");
            }
            shares = List.copyOf(shares);
            distinct(segment, shares.stream().map(Share::handler).toList());
            double sum = 0;
            for (Share s : shares) {
                sum += s.share();
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw AllocationException.sharesDoNotSum(segment, sum);
            }
        }

        @Override
        public List<String> handlers() {
            return shares.stream().map(Share::handler).toList();
        }
    }

    /** Caps taken in order; overflow goes to the next handler. */
    record Caps(Segment segment, List<Cap> caps) implements Split {
        public Caps {
            if (segment == null || caps == null || caps.isEmpty()) {
                throw new IllegalArgumentException("a split needs a segment and at least one cap");
            }
            caps = List.copyOf(caps);
            distinct(segment, caps.stream().map(Cap::handler).toList());
        }

        @Override
        public List<String> handlers() {
            return caps.stream().map(Cap::handler).toList();
        }
    }

    private static void distinct(Segment segment, List<String> handlers) {
        Set<String> seen = new HashSet<>();
        for (String h : handlers) {
            if (!seen.add(h)) {
                throw new AllocationException("handler " + h + " appears twice in the split of " + segment);
            }
        }
    }
}
