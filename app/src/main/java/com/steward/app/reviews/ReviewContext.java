package com.steward.app.reviews;

import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the review services share: the reviews' zone and clock, the caller (actor, vendor scope, side), the vendor
 * register and the rules for free text and meeting lengths.
 */
@Component
class ReviewContext {

    private final VendorRegister vendors;
    private final VendorAccess access;
    private final Clock clock;
    private final ZoneId zone;
    private final int horizonWeeks;

    ReviewContext(
            VendorRegister vendors,
            VendorAccess access,
            Clock clock,
            @Value("${steward.reviews.zone:Europe/Berlin}") String zone,
            @Value("${steward.reviews.horizon-weeks:13}") int horizonWeeks) {
        this.vendors = vendors;
        this.access = access;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        if (horizonWeeks < 1 || horizonWeeks > 104) {
            throw new IllegalArgumentException("steward.reviews.horizon-weeks must be 1..104");
        }
        this.horizonWeeks = horizonWeeks;
    }

    ZoneId zone() {
        return zone;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    int horizonWeeks() {
        return horizonWeeks;
    }

    /** Vendors whose reviews the caller may see (not in-house). */
    List<Vendor> vendors() {
        return vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList();
    }

    /** The vendor if visible (404 otherwise). */
    Vendor vendor(long vendorId) {
        return vendors.get(vendorId);
    }

    /** The vendor if visible (404 otherwise) and not the in-house center (400). */
    Vendor externalVendor(long vendorId) {
        Vendor vendor = vendor(vendorId);
        if (vendor.inHouse()) {
            throw new InvalidRequestException("vendorId", "reviews are held with vendors, not the in-house center");
        }
        return vendor;
    }

    VendorScope scope() {
        return access.currentScope();
    }

    String actor() {
        return access.currentActor();
    }

    /** A VENDOR user is restricted to its vendor; client staff see every vendor. */
    boolean vendorUser() {
        return !scope().unrestricted();
    }

    /** The caller's side of the table. */
    Side side() {
        return vendorUser() ? Side.VENDOR : Side.CLIENT;
    }

    static int minutes(@Nullable Integer minutes, ReviewKind kind) {
        int m = minutes == null ? kind.defaultMinutes() : minutes;
        if (m < 5 || m > 720) {
            throw new InvalidRequestException("durationMinutes", "a meeting lasts 5 to 720 minutes");
        }
        return m;
    }

    /** Stripped text of at most {@code max} characters; blank is null. */
    static @Nullable String optionalText(@Nullable String value, String field, int max) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > max) {
            throw new InvalidRequestException(field, field + " has at most " + max + " characters");
        }
        return s;
    }

    /** Stripped text of at most {@code max} characters; blank is an error. */
    static String requiredText(@Nullable String value, String field, int max) {
        String s = optionalText(value, field, max);
        if (s == null) {
            throw new InvalidRequestException(field, field + " is required");
        }
        return s;
    }
}
