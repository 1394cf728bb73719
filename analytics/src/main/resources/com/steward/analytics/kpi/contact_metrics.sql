-- Contact-level metrics, one scan of kpi_scope. Defines:
--   offered, answered, abandoned           counts (abandons shorter than ${short_abandon_us} µs are left out)
--   service_level      answered within ${service_level_us} µs of arrival / offered (abandons count against it)
--   abandonment_rate   abandoned / offered
--   asa, aht           mean wait (s) and mean handle_seconds of answered contacts (aht: those with handle_seconds)
--   transfer_rate, complaint_rate, resolved_rate   share of answered (handled) contacts whose flag is reported
--   csat               responses 4-5 / responses;  nps  promoters (9-10), detractors (0-6), responses
--   qa                 mean qa_score
-- Every optional input may be NULL ("not reported"): each metric counts only the rows where its inputs are known
-- (a NULL flag is neither a yes nor a no; SUM and COUNT skip NULL values), and its n says how many those were.
-- A metric with n = 0 is not reported (no value), never 0 % or 100 %.
-- The sums behind the means are exact (integer microseconds; handle_seconds and qa_score as DECIMAL(18, 3), i.e. to
-- the millisecond / thousandth of a point) and only then converted to DOUBLE: a sum of doubles depends on the order
-- the engine adds them in (threads, partitions), so the rounded sum (the numerator) and the mean could differ between
-- runs and between engines (DuckDB, Spark). Sums of squares are exact for the same reason (integer µs² as
-- DECIMAL(38, 0); handle_seconds² and qa_score² as DECIMAL(38, 6)): the same data must give the same interval on
-- every run, or a re-run of a published scorecard would look like a restatement.
SELECT ${key_columns}
    COUNT(*) AS offered__num,
    COUNT(*) AS offered__den,
    SUM(CASE WHEN answered_us IS NOT NULL THEN 1 ELSE 0 END) AS answered__num,
    COUNT(*) AS answered__den,
    SUM(CASE WHEN answered_us IS NULL THEN 1 ELSE 0 END) AS abandoned__num,
    COUNT(*) AS abandoned__den,
    SUM(CASE WHEN answered_us IS NOT NULL AND answered_us - arrived_us <= ${service_level_us} THEN 1 ELSE 0 END)
        AS service_level__num,
    COUNT(*) AS service_level__den,
    SUM(CASE WHEN answered_us IS NULL THEN 1 ELSE 0 END) AS abandonment_rate__num,
    COUNT(*) AS abandonment_rate__den,
    CAST(SUM(CASE WHEN answered_us IS NOT NULL THEN answered_us - arrived_us END) AS DOUBLE) / 1000000 AS asa__sum,
    CAST(SUM(CASE WHEN answered_us IS NOT NULL
        THEN CAST(answered_us - arrived_us AS DECIMAL(38, 0)) * CAST(answered_us - arrived_us AS DECIMAL(38, 0))
        END) AS DOUBLE) / 1000000000000 AS asa__sumsq,
    SUM(CASE WHEN answered_us IS NOT NULL THEN 1 ELSE 0 END) AS asa__n,
    CAST(SUM(CASE WHEN answered_us IS NOT NULL THEN CAST(handle_seconds AS DECIMAL(18, 3)) END) AS DOUBLE) AS aht__sum,
    CAST(SUM(CASE WHEN answered_us IS NOT NULL
        THEN CAST(handle_seconds AS DECIMAL(18, 3)) * CAST(handle_seconds AS DECIMAL(18, 3))
        END) AS DOUBLE) AS aht__sumsq,
    SUM(CASE WHEN answered_us IS NOT NULL AND handle_seconds IS NOT NULL THEN 1 ELSE 0 END) AS aht__n,
    SUM(CASE WHEN answered_us IS NOT NULL AND transferred THEN 1 ELSE 0 END) AS transfer_rate__num,
    SUM(CASE WHEN answered_us IS NOT NULL AND transferred IS NOT NULL THEN 1 ELSE 0 END) AS transfer_rate__den,
    SUM(CASE WHEN answered_us IS NOT NULL AND complaint THEN 1 ELSE 0 END) AS complaint_rate__num,
    SUM(CASE WHEN answered_us IS NOT NULL AND complaint IS NOT NULL THEN 1 ELSE 0 END) AS complaint_rate__den,
    SUM(CASE WHEN answered_us IS NOT NULL AND resolved THEN 1 ELSE 0 END) AS resolved_rate__num,
    SUM(CASE WHEN answered_us IS NOT NULL AND resolved IS NOT NULL THEN 1 ELSE 0 END) AS resolved_rate__den,
    SUM(CASE WHEN csat >= 4 THEN 1 ELSE 0 END) AS csat__num,
    COUNT(csat) AS csat__den,
    SUM(CASE WHEN nps >= 9 THEN 1 ELSE 0 END) AS nps__promoters,
    SUM(CASE WHEN nps <= 6 THEN 1 ELSE 0 END) AS nps__detractors,
    COUNT(nps) AS nps__den,
    CAST(SUM(CAST(qa_score AS DECIMAL(18, 3))) AS DOUBLE) AS qa__sum,
    CAST(SUM(CAST(qa_score AS DECIMAL(18, 3)) * CAST(qa_score AS DECIMAL(18, 3))) AS DOUBLE) AS qa__sumsq,
    COUNT(qa_score) AS qa__n
FROM kpi_scope
WHERE NOT (answered_us IS NULL AND ended_us - arrived_us < ${short_abandon_us})
${group_by}
