/**
 * Governing the money of an outsourcing relationship: exact line amounts of the hidden-cost ledger and of
 * invoices, the invoice check (invoiced units against measured units), and the forecast of whether realized
 * savings reach the business case's target by the end of the term.
 *
 * <p>Entry points: {@link com.steward.core.savings.LineAmounts#amount}, {@link
 * com.steward.core.savings.InvoiceDifference#of} and {@link com.steward.core.savings.SavingsForecast#project}.
 */
package com.steward.core.savings;
