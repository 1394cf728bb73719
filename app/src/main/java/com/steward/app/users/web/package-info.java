/** Administration pages and REST endpoints for users, and each user's own account page. */
package com.steward.app.users.web;
