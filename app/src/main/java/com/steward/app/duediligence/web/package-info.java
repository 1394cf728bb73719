/** Pages and REST endpoints of due diligence. */
package com.steward.app.duediligence.web;
