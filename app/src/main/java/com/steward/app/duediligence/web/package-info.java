/** Pages and REST endpoints of due diligence. */
@NullMarked
package com.steward.app.duediligence.web;

import org.jspecify.annotations.NullMarked;
