-- Contact-level metrics, one scan of kpi_scope. Defines:
--   offered, answered, abandoned           counts (abandons shorter than ${short_abandon_us} µs are left out)
--   service_level      answered within ${service_level_us} µs of arrival / offered (abandons count against it)
--   abandonment_rate   abandoned / offered
--   asa, aht           mean wait (s) and mean handle_seconds of answered contacts
--   transfer_rate, complaint_rate, resolved_rate   share of answered (handled) contacts
--   csat               responses 4-5 / responses;  nps  promoters (9-10), detractors (0-6), responses
--   qa                 mean qa_score
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
    SUM(CASE WHEN answered_us IS NOT NULL THEN answered_us - arrived_us END) / 1000000.0 AS asa__sum,
    SUM(CASE WHEN answered_us IS NOT NULL
        THEN ((answered_us - arrived_us) / 1000000.0) * ((answered_us - arrived_us) / 1000000.0) END) AS asa__sumsq,
    SUM(CASE WHEN answered_us IS NOT NULL THEN 1 ELSE 0 END) AS asa__n,
    SUM(CASE WHEN answered_us IS NOT NULL THEN handle_seconds END) AS aht__sum,
    SUM(CASE WHEN answered_us IS NOT NULL THEN handle_seconds * handle_seconds END) AS aht__sumsq,
    SUM(CASE WHEN answered_us IS NOT NULL AND handle_seconds IS NOT NULL THEN 1 ELSE 0 END) AS aht__n,
    SUM(CASE WHEN answered_us IS NOT NULL AND transferred THEN 1 ELSE 0 END) AS transfer_rate__num,
    SUM(CASE WHEN answered_us IS NOT NULL THEN 1 ELSE 0 END) AS transfer_rate__den,
    SUM(CASE WHEN answered_us IS NOT NULL AND complaint THEN 1 ELSE 0 END) AS complaint_rate__num,
    SUM(CASE WHEN answered_us IS NOT NULL THEN 1 ELSE 0 END) AS complaint_rate__den,
    SUM(CASE WHEN answered_us IS NOT NULL AND resolved THEN 1 ELSE 0 END) AS resolved_rate__num,
    SUM(CASE WHEN answered_us IS NOT NULL THEN 1 ELSE 0 END) AS resolved_rate__den,
    SUM(CASE WHEN csat >= 4 THEN 1 ELSE 0 END) AS csat__num,
    COUNT(csat) AS csat__den,
    SUM(CASE WHEN nps >= 9 THEN 1 ELSE 0 END) AS nps__promoters,
    SUM(CASE WHEN nps <= 6 THEN 1 ELSE 0 END) AS nps__detractors,
    COUNT(nps) AS nps__den,
    SUM(qa_score) AS qa__sum,
    SUM(qa_score * qa_score) AS qa__sumsq,
    COUNT(qa_score) AS qa__n
FROM kpi_scope
WHERE NOT (answered_us IS NULL AND ended_us - arrived_us < ${short_abandon_us})
${group_by}
