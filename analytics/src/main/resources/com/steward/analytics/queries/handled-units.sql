-- What the lake shows one vendor handled, per month, for the invoice check; the one definition behind every unit
-- measured from interactions. A handled contact is an answered one (answered_at not null) with handled_by = the
-- vendor; its month is the calendar month of arrived_at in the session time zone (the KPI engine's zone, UTC by
-- default), the same month a KPI of that contact falls in. Defines per month:
--   handled_contacts   COUNT of handled contacts                                   (unit CONTACT)
--   handled_seconds    Σ handle_seconds of handled contacts, exact to the millisecond
--                      (unit HANDLED_MINUTE = handled_seconds / 60, PRODUCTIVE_HOUR = handled_seconds / 3600)
-- Placeholders (LakeQueries.handledUnits): interactions the lake's interaction relation; vendor; from and to
-- instants, to exclusive.
SELECT CAST(date_trunc('month', arrived_at) AS DATE) AS period_month,
    COUNT(*) AS handled_contacts,
    CAST(COALESCE(SUM(CAST(handle_seconds AS DECIMAL(18, 3))), 0) AS DECIMAL(38, 3)) AS handled_seconds
FROM ${interactions} lake
WHERE handled_by = ${vendor}
    AND answered_at IS NOT NULL
    AND arrived_at >= ${from}
    AND arrived_at < ${to}
GROUP BY 1
ORDER BY 1
