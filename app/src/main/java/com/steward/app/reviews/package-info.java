/**
 * Reviews of a vendor relationship: cadences of review meetings (weekly operations, monthly review, quarterly business
 * review) generated onto a calendar and exported as iCalendar, meetings with an agenda pre-filled from the data
 * (published scorecards, open alerts, overdue actions, late promises, carried next steps), minutes and attendees from
 * both sides, action items with their update history, and promises with their outcomes and the kept rate per side and
 * quarter. Its services are {@link com.steward.app.reviews.ReviewCadences}, {@link com.steward.app.reviews.ReviewMeetings},
 * {@link com.steward.app.reviews.ReviewActions} and {@link com.steward.app.reviews.ReviewPromises}, with {@link
 * com.steward.app.reviews.Reviews} as the face other modules use; every read is limited to the caller's vendor scope.
 */
@NullMarked
package com.steward.app.reviews;

import org.jspecify.annotations.NullMarked;
