package com.steward.app.vendors;

import com.steward.app.web.NotFoundException;

/** No vendor with this id is visible to the current user (absent, or outside their scope: same answer). */
public class VendorNotFoundException extends NotFoundException {

    private VendorNotFoundException(String message) {
        super(message);
    }

    public static VendorNotFoundException forId(long id) {
        return new VendorNotFoundException("No vendor with id " + id);
    }
}
