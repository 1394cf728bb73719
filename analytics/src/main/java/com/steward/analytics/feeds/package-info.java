/**
 * Feeds that arrive after the contacts, from other systems, joined to interactions by ({@code source}, {@code
 * interaction_id}): survey responses from the survey tool and QA evaluations from the QA tool. Each file is
 * validated in bulk SQL with a per-row reject report, and committed to its own lake dataset in one atomic, idempotent
 * commit; re-importing interactions never touches them.
 */
@NullMarked
package com.steward.analytics.feeds;

import org.jspecify.annotations.NullMarked;
