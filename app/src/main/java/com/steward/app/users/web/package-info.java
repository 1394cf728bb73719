/** Administration pages and REST endpoints for users, and each user's own account page. */
@NullMarked
package com.steward.app.users.web;

import org.jspecify.annotations.NullMarked;
