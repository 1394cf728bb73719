/**
 * Key customers and their voice: the list of key accounts, each month a reproducible stratified sample of the key
 * customers who contacted a vendor (from the interaction lake), assigned to client staff to call directly, and the
 * outcomes and feedback of those calls. Client staff only; a vendor sees at most its own anonymised summary.
 */
package com.steward.app.keycustomers;
