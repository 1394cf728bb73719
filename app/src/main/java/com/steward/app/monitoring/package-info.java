/**
 * Statistical process control on weekly series per vendor × metric from the lake: EWMA charts with control limits,
 * alerts only on signals, an inbox to acknowledge and resolve them, and e-mail notification over SMTP.
 */
@NullMarked
package com.steward.app.monitoring;

import org.jspecify.annotations.NullMarked;
