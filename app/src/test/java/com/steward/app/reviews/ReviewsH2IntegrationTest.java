package com.steward.app.reviews;

import com.steward.app.support.EmbeddedDatabase;

/** The review scenarios on the embedded default (H2 in PostgreSQL mode). */
@EmbeddedDatabase
class ReviewsH2IntegrationTest extends ReviewScenarios {}
