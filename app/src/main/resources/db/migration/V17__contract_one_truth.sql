-- One figure per contract and month (issue 15): the published scorecard run is the month's figure; a result
-- recorded by hand stays only for months without one. Publishing a run supersedes the hand-recorded results of its
-- month (kept, marked, audited); honest runs record the reason they were published despite insufficient data; the
-- contract's standing rule gains its cure period (good months in a row that end a run once it reached remediation).
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE contracts ADD COLUMN recovery_after INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE scorecard_run ADD COLUMN override_reason VARCHAR(2000);

ALTER TABLE scorecard_results ADD COLUMN superseded_by_run_id BIGINT;
ALTER TABLE scorecard_results ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE;

-- Existing data: every hand-recorded month that already has a published monthly run is superseded by it, with one
-- audit entry per contract and month (the restatement this migration makes).
INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, vendor_id, before_state, after_state)
SELECT CURRENT_TIMESTAMP, 'migration V17', 'UPDATE', 'scorecard_results', CAST(r.contract_id AS VARCHAR(20)),
       c.vendor_id,
       '{"period":"' || SUBSTRING(CAST(r.period_start AS VARCHAR(10)), 1, 7) || '","source":"RECORDED_BY_HAND"}',
       '{"period":"' || SUBSTRING(CAST(r.period_start AS VARCHAR(10)), 1, 7) || '","supersededByRun":'
           || CAST(MAX(s.id) AS VARCHAR(20)) || ',"reason":"a published scorecard run exists for this month"}'
FROM scorecard_results r
JOIN contracts c ON c.id = r.contract_id
JOIN scorecard_run s ON s.contract_id = r.contract_id AND s.period_start = r.period_start
    AND s.status = 'PUBLISHED' AND s.period NOT LIKE '%W%'
GROUP BY r.contract_id, c.vendor_id, r.period_start;

UPDATE scorecard_results
SET superseded_by_run_id = (
        SELECT MAX(s.id) FROM scorecard_run s
        WHERE s.contract_id = scorecard_results.contract_id AND s.period_start = scorecard_results.period_start
          AND s.status = 'PUBLISHED' AND s.period NOT LIKE '%W%'),
    superseded_at = CURRENT_TIMESTAMP
WHERE EXISTS (
        SELECT 1 FROM scorecard_run s
        WHERE s.contract_id = scorecard_results.contract_id AND s.period_start = scorecard_results.period_start
          AND s.status = 'PUBLISHED' AND s.period NOT LIKE '%W%');
