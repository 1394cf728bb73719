/** Drop-folder page and REST API; client staff who import data (ADMIN, MANAGER, ANALYST) only. */
package com.steward.app.dropfolders.web;
