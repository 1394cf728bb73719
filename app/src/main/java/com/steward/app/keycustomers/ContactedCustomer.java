package com.steward.app.keycustomers;

/**
 * A key customer who contacted the vendor in the month, with the stratum of its first contact that month.
 *
 * @param contacts its contacts with the vendor in the month
 */
record ContactedCustomer(String customerId, String queue, String region, int contacts) {

    /** The stratum key {@code queue|region} (missing values as {@code -}). */
    String stratum() {
        return (queue == null ? "-" : queue) + "|" + (region == null ? "-" : region);
    }
}
