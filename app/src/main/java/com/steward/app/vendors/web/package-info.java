/** Pages and REST endpoints of the vendor register. */
package com.steward.app.vendors.web;
