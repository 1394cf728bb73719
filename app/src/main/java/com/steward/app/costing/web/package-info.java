/** Business-case pages and the {@code /api/v1/business-cases} endpoints. */
package com.steward.app.costing.web;
