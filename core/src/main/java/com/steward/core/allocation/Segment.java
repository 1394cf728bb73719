package com.steward.core.allocation;

/**
 * One queue (call type) in one region: the unit a split applies to.
 *
 * @param queue call type, e.g. {@code billing}; not blank
 * @param region geography, e.g. {@code TX}; not blank
 */
public record Segment(String queue, String region) {

    public Segment {
        if (queue == null || queue.isBlank() || region == null || region.isBlank()) {
            throw new IllegalArgumentException("queue and region must not be blank, were " + queue + "/" + region);
        }
    }

    @Override
    public String toString() {
        return queue + "/" + region;
    }
}
