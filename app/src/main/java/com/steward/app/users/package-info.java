/** People who sign in to Steward: accounts, roles, vendor binding, the first administrator and sign-in throttling. */
@NullMarked
package com.steward.app.users;

import org.jspecify.annotations.NullMarked;
