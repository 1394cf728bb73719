/** Imports interaction records and customer events into the lake, records every import, keeps saved column mappings. */
package com.steward.app.ingest;
