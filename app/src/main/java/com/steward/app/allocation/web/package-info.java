/** Pages ({@code /transition/allocation/**}) and REST API ({@code /api/v1/allocation/**}) of volume allocation. */
@NullMarked
package com.steward.app.allocation.web;

import org.jspecify.annotations.NullMarked;
