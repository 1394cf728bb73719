/** People who sign in to Steward: accounts, roles, vendor binding, the first administrator and sign-in throttling. */
package com.steward.app.users;
