/** Pages and REST endpoints of weighted selection. */
package com.steward.app.selection.web;
