/**
 * Contracts per vendor: term, pricing link to a business-case offer, scope, a quality-first
 * scorecard with monthly results, service credits, standings, and the vendor's dedicated team.
 */
package com.steward.app.contracts;
