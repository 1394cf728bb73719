/** Scorecard run pages and the scorecards REST API. */
package com.steward.app.scorecards.web;
