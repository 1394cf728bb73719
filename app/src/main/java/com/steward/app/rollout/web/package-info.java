/** Transition plan pages and the {@code /api/v1/transition} REST API. */
@NullMarked
package com.steward.app.rollout.web;

import org.jspecify.annotations.NullMarked;
