/**
 * Govern the money: the hidden-cost ledger (governance hours, rework, escalations, transition overruns), vendor
 * invoices and their check against the interaction lake and the roster, and savings realised against the business
 * case with a forecast to the end of the term. The client's internal cost model: VENDOR users never see any of it.
 *
 * <p>Public: the facade {@link com.steward.app.savings.Savings} and its records.
 */
package com.steward.app.savings;
