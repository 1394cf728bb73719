/** The demo company: vendors and one user per role, loaded with {@code steward serve --demo}. */
package com.steward.app.demo;
