/** Steward's application: web UI, REST API, security, persistence and the command line. */
package com.steward.app;
