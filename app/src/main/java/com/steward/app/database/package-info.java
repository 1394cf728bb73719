/** The operational database: start-up diagnostics for an unreachable database. */
package com.steward.app.database;
