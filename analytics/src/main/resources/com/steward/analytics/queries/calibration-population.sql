-- Answered contacts of the chosen vendors in one period, the population a calibration sample is drawn from.
-- Each vendor's contacts are first cut to the cap contacts that come first in a seeded hash order (deterministic
-- for a given lake and seed, and bounded whatever the lake's size); the caller then draws a stratified sample.
-- Placeholders (LakeQueries.calibrationPopulation): interactions the lake's interactions relation; vendors a table
-- of vendor codes (column code); seed (text), from (inclusive), to (exclusive), cap per vendor.
-- hash() is DuckDB's: another engine would draw another (equally valid) sample.
SELECT source, interaction_id, handled_by, channel, queue, arrived_at, qa_score
FROM (
    SELECT i.source, i.interaction_id, i.handled_by, i.channel, i.queue, i.arrived_at, i.qa_score,
           ROW_NUMBER() OVER (PARTITION BY i.handled_by
                              ORDER BY hash(i.source || '|' || i.interaction_id || '|' || ${seed}), i.interaction_id)
               AS draw_order
    FROM ${interactions} i
    JOIN ${vendors} v ON v.code = i.handled_by
    WHERE i.answered_at IS NOT NULL
      AND i.arrived_at >= ${from}
      AND i.arrived_at < ${to}
) c
WHERE draw_order <= ${cap}
ORDER BY handled_by, draw_order
