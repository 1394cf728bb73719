/** The audit log's page, CSV export and REST endpoint (ADMIN and MANAGER only). */
package com.steward.app.audit.web;
