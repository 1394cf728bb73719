/** Review pages under {@code /govern/reviews} and the REST API under {@code /api/v1/reviews}. */
@NullMarked
package com.steward.app.reviews.web;

import org.jspecify.annotations.NullMarked;
