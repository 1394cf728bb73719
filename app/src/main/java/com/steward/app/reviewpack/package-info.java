/**
 * Review packs: the PDF a vendor manager sends before a monthly review or quarterly business review — cover,
 * scorecard with charts, trends against in-house, transition gates, alerts — assembled from published data through
 * each feature's own vendor-scoped facade and rendered with openhtmltopdf.
 */
@NullMarked
package com.steward.app.reviewpack;

import org.jspecify.annotations.NullMarked;
