/** Pages ({@code /transition/allocation/**}) and REST API ({@code /api/v1/allocation/**}) of volume allocation. */
package com.steward.app.allocation.web;
