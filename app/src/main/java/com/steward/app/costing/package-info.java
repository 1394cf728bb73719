/** Costing: stored business-case scenarios (in-house against vendor offers), their evaluation, comparison and savings risk. */
package com.steward.app.costing;
