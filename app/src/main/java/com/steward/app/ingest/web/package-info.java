/** Import pages (upload with live progress, past imports, column mappings) and the imports REST API. */
@NullMarked
package com.steward.app.ingest.web;

import org.jspecify.annotations.NullMarked;
