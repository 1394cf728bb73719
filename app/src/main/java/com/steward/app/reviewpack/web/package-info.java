/** Pages and API of the review packs. */
package com.steward.app.reviewpack.web;
