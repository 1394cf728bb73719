-- Answered contacts of the chosen vendors in one period, the population a calibration sample is drawn from.
-- Each vendor's contacts are first cut to the :cap contacts that come first in a seeded hash order (deterministic
-- for a given lake and seed, and bounded whatever the lake's size); the caller then draws a stratified sample.
-- Placeholders: {interactions} the lake's interactions relation, {vendors} a table of vendor codes.
-- Parameters: 1 seed (as text), 2 period start (inclusive, UTC), 3 period end (exclusive, UTC), 4 cap per vendor.
SELECT source, interaction_id, handled_by, channel, queue, arrived_at, qa_score
FROM (
    SELECT i.source, i.interaction_id, i.handled_by, i.channel, i.queue, i.arrived_at, i.qa_score,
           ROW_NUMBER() OVER (PARTITION BY i.handled_by
                              ORDER BY hash(i.source || '|' || i.interaction_id || '|' || ?), i.interaction_id)
               AS draw_order
    FROM {interactions} i
    JOIN {vendors} v ON v.code = i.handled_by
    WHERE i.answered_at IS NOT NULL
      AND i.arrived_at >= ?
      AND i.arrived_at < ?
) c
WHERE draw_order <= ?
ORDER BY handled_by, draw_order
