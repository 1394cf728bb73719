/** Pages and REST endpoints of contracts, scorecards, results and dedicated teams. */
package com.steward.app.contracts.web;
