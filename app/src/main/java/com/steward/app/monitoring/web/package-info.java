/** The alerts inbox and control-chart pages, and the monitoring REST API. */
@NullMarked
package com.steward.app.monitoring.web;

import org.jspecify.annotations.NullMarked;
