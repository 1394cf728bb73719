/** Drop-folder page and REST API; client staff who import data (ADMIN, MANAGER, ANALYST) only. */
@NullMarked
package com.steward.app.dropfolders.web;

import org.jspecify.annotations.NullMarked;
