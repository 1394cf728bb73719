/** Pages and REST endpoints of weighted selection. */
@NullMarked
package com.steward.app.selection.web;

import org.jspecify.annotations.NullMarked;
