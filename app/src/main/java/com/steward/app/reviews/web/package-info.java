/** Review pages under {@code /govern/reviews} and the REST API under {@code /api/v1/reviews}. */
package com.steward.app.reviews.web;
