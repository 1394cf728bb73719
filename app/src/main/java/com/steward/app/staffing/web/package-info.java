/** Staffing calculator and interval-plan pages, and the {@code /api/v1/staffing} endpoints. */
package com.steward.app.staffing.web;
