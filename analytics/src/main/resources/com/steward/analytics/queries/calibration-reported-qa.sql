-- What each chosen vendor's own QA reported over the period: answered contacts, mean qa_score over the contacts
-- that carry one (NULL when none does: not reported), and how many carry one.
-- Placeholders (LakeQueries.calibrationReportedQa): interactions, vendors (column code), from (inclusive),
-- to (exclusive).
SELECT i.handled_by, COUNT(*) AS contacts, AVG(i.qa_score) AS qa_mean, COUNT(i.qa_score) AS qa_n
FROM ${interactions} i
JOIN ${vendors} v ON v.code = i.handled_by
WHERE i.answered_at IS NOT NULL
  AND i.arrived_at >= ${from}
  AND i.arrived_at < ${to}
GROUP BY i.handled_by
ORDER BY i.handled_by
