package com.steward.app.contracts;

import com.steward.app.web.NotFoundException;

/** No contract with this id is visible to the caller (absent, or another vendor's: same answer); 404. */
public class ContractNotFoundException extends NotFoundException {

    private ContractNotFoundException(String message) {
        super(message);
    }

    public static ContractNotFoundException forId(long id) {
        return new ContractNotFoundException("No contract with id " + id);
    }
}
