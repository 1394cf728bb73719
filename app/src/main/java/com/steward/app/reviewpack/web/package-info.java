/** Pages and API of the review packs. */
@NullMarked
package com.steward.app.reviewpack.web;

import org.jspecify.annotations.NullMarked;
