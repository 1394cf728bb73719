-- First-contact resolution (repeat-contact definition):
--   handled (answered) contacts from identified customers with no further contact by the same customer within
--   ${fcr_window_us} µs, on any channel or vendor / handled contacts from identified customers.
-- "Further contact" is any other contact of that customer arriving at the same instant or up to the window later,
-- across all of interactions (every vendor, not only the filtered scope), answered or not: two contacts in the same
-- microsecond are each other's repeat. With the customer's contacts in arrival order, that is the next one within
-- the window, or a previous one at the same instant; peers' order among themselves does not matter, so no
-- tie-break columns are read or carried through the sort (they cost a fifth of this statement). The window runs
-- over interactions and the scope is applied after it (in_scope), so no join back to kpi_scope is needed.
-- Contacts from ${fcr_horizon_us} (the end of the scope plus the window) on are left out of the window: an in-scope
-- contact arrived before the scope's end, so a next contact that late is beyond the window whether it is seen or
-- not. (The views reach further, to the churn and lead windows; a mid-year query would otherwise sort months of
-- contacts that cannot change one FCR flag.)
WITH ordered AS (
    SELECT ${key_columns} in_scope, answered_us, arrived_us,
           LEAD(arrived_us) OVER (PARTITION BY customer_id ORDER BY arrived_us) AS next_us,
           LAG(arrived_us) OVER (PARTITION BY customer_id ORDER BY arrived_us) AS previous_us
    FROM interactions
    WHERE customer_id IS NOT NULL AND arrived_us < ${fcr_horizon_us}
)
SELECT ${key_columns}
    SUM(CASE WHEN (next_us IS NULL OR next_us - arrived_us > ${fcr_window_us})
                  AND (previous_us IS NULL OR previous_us < arrived_us) THEN 1 ELSE 0 END) AS fcr__num,
    COUNT(*) AS fcr__den
FROM ordered
WHERE in_scope AND answered_us IS NOT NULL
${group_by}
