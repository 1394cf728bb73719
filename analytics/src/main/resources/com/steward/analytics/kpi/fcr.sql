-- First-contact resolution (repeat-contact definition):
--   handled (answered) contacts from identified customers with no further contact by the same customer within
--   ${fcr_window_us} µs, on any channel or vendor / handled contacts from identified customers.
-- "Further contact" is the next contact of that customer in (arrived_us, source, interaction_id) order across
-- all of interactions (every vendor, not only the filtered scope), answered or not.
WITH next_contact AS (
    SELECT source, interaction_id,
           LEAD(arrived_us) OVER (PARTITION BY customer_id ORDER BY arrived_us, source, interaction_id) AS next_us
    FROM interactions
    WHERE customer_id IS NOT NULL
)
SELECT ${key_columns}
    SUM(CASE WHEN n.next_us IS NULL OR n.next_us - s.arrived_us > ${fcr_window_us} THEN 1 ELSE 0 END) AS fcr__num,
    COUNT(*) AS fcr__den
FROM kpi_scope s
JOIN next_contact n ON n.source = s.source AND n.interaction_id = s.interaction_id
WHERE s.answered_us IS NOT NULL AND s.customer_id IS NOT NULL
${group_by}
