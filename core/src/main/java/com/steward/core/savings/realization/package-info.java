/**
 * Savings realised by an outsourcing contract against its business case: month by month, the plan (in-house cost
 * less the vendor's planned cost), the actual cost (invoiced less net service credits plus hidden costs) and the
 * realised savings (in-house cost less actual cost), with the forecast of the term's total. Money is exact
 * ({@link java.math.BigDecimal}); only the statistical forecast works in {@code double}.
 *
 * <p>Entry point: {@link com.steward.core.savings.realization.SavingsRealisation#of}.
 */
@NullMarked
package com.steward.core.savings.realization;

import org.jspecify.annotations.NullMarked;
