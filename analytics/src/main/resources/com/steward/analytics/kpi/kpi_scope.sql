-- The kpi_scope view: the in-scope contacts of `interactions`, with the later feeds joined by (source, interaction_id).
--   csat, nps  the survey feed's answer when it has one, else the inline value: the feed wins, as the later and
--              authoritative source (a response the survey tool recorded days after the contact replaces whatever
--              the contact export carried); each of csat and nps separately, so a response with only an NPS keeps
--              the inline CSAT.
--   qa_score   the mean of the interaction's evaluations in the QA feed when it has any, else the inline score. The
--              QA metric then averages these per-interaction values: one interaction weighs once however many times
--              it was evaluated (a calibration session that scores one call five times must not make that call count
--              five times). The per-interaction mean is taken in thousandths of a point (scores are kept to 0.001)
--              and rounded half up to a thousandth, from an exact integer sum, so every engine gets the same value.
-- survey_responses holds at most one row per (source, interaction_id) (it is the lake's key), so the join never
-- multiplies contacts; qa_evaluations is aggregated to one row per interaction first.
SELECT i.interaction_id, i.handled_by, i.site, i.channel, i.queue, i.region, i.customer_id, i.is_customer,
       i.arrived_at, i.answered_at, i.ended_at, i.handle_seconds, i.transferred, i.resolved, i.complaint, i.agent_id,
       COALESCE(s.csat, i.csat) AS csat,
       COALESCE(s.nps, i.nps) AS nps,
       COALESCE(q.qa_mean, i.qa_score) AS qa_score,
       i.source, i.arrived_us, i.answered_us, i.ended_us, i.in_scope, i.period
FROM interactions i
LEFT JOIN survey_responses s
  ON s.source = i.source AND s.interaction_id = i.interaction_id
LEFT JOIN (
    SELECT source, interaction_id,
           FLOOR(CAST(SUM(CAST(ROUND(score * 1000) AS BIGINT)) AS DOUBLE) / COUNT(*) + 0.5) / 1000 AS qa_mean
    FROM qa_evaluations
    GROUP BY source, interaction_id
) q
  ON q.source = i.source AND q.interaction_id = i.interaction_id
WHERE i.in_scope
