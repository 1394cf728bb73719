/**
 * Who may sign in and what they may see: roles, the signed-in user, sign-in throttling and
 * the one place that decides which vendors a user may see ({@link com.steward.app.security.VendorAccess}).
 */
@NullMarked
package com.steward.app.security;

import org.jspecify.annotations.NullMarked;
