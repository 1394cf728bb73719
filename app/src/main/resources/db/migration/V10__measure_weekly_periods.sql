-- Measure (issue 6): weekly scorecard runs. A period is a month (yyyy-MM) or an ISO week (yyyy-Www), so the
-- period columns widen from 7 characters.

ALTER TABLE scorecard_run ALTER COLUMN period SET DATA TYPE VARCHAR(10);
ALTER TABLE scorecard_verification ALTER COLUMN period SET DATA TYPE VARCHAR(10);
