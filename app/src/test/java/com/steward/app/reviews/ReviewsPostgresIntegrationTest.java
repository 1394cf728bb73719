package com.steward.app.reviews;

import com.steward.app.support.PostgresDatabase;

/** The review scenarios on the real PostgreSQL server. */
@PostgresDatabase
class ReviewsPostgresIntegrationTest extends ReviewScenarios {}
