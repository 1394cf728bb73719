package com.steward.app.savings;

import com.steward.app.web.NotFoundException;

/** No ledger entry or invoice line with this id; 404. */
public class SavingsNotFoundException extends NotFoundException {

    private SavingsNotFoundException(String message) {
        super(message);
    }

    public static SavingsNotFoundException forEntry(long id) {
        return new SavingsNotFoundException("No hidden-cost entry with id " + id);
    }

    public static SavingsNotFoundException forInvoice(long id) {
        return new SavingsNotFoundException("No invoice line with id " + id);
    }
}
