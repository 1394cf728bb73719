/** The audit log's page, CSV export and REST endpoint (ADMIN and MANAGER only). */
@NullMarked
package com.steward.app.audit.web;

import org.jspecify.annotations.NullMarked;
