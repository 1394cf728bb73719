/** Import pages (upload with live progress, past imports, column mappings) and the imports REST API. */
package com.steward.app.ingest.web;
