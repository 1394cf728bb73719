/** The alerts inbox and control-chart pages, and the monitoring REST API. */
package com.steward.app.monitoring.web;
