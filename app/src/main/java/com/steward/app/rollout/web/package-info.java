/** Transition plan pages and the {@code /api/v1/transition} REST API. */
package com.steward.app.rollout.web;
