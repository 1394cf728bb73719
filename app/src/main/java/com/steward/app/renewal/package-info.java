/**
 * Switch or renew: chronic under-performance history per contract (from the contract's standings), remediation plans
 * with milestones on both sides, exit decision support comparing renew / switch / in-house with the business-case
 * engine, and immutable decision records with their evidence.
 */
package com.steward.app.renewal;
