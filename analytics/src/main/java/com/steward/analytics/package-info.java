/** The interaction lake: ingest, KPI definitions as SQL, engines that run them, demo-data simulator. */
package com.steward.analytics;
