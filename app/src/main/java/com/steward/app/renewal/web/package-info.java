/** Switch-or-renew pages under {@code /govern/renewal} and the {@code /api/v1/renewal} REST API. */
package com.steward.app.renewal.web;
