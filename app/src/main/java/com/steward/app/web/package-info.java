/** Web plumbing shared by every feature: errors as problem details or error pages, request limits, the page layout model. */
package com.steward.app.web;
