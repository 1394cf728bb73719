/** The append-only audit log: who created, changed or deleted which business record, when, before and after. */
package com.steward.app.audit;
