/** Pages and REST endpoints of the vendor register. */
@NullMarked
package com.steward.app.vendors.web;

import org.jspecify.annotations.NullMarked;
