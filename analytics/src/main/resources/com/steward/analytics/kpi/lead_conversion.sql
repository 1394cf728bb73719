-- Lead conversion: distinct identified lead callers (is_customer false) with a 'became_customer' event within
-- ${lead_window_us} µs after one of their contacts in the group / distinct identified lead callers.
WITH leads AS (
    SELECT ${key_columns} customer_id, arrived_us
    FROM kpi_scope
    WHERE customer_id IS NOT NULL AND is_customer = FALSE
),
per_lead AS (
    SELECT ${key_columns} l.customer_id,
           MAX(CASE WHEN e.customer_id IS NOT NULL THEN 1 ELSE 0 END) AS converted
    FROM leads l
    LEFT JOIN customer_events e
      ON e.customer_id = l.customer_id
     AND e.event = 'became_customer'
     AND e.at_us > l.arrived_us
     AND e.at_us <= l.arrived_us + ${lead_window_us}
    GROUP BY ${key_columns} l.customer_id
)
SELECT ${key_columns}
    SUM(converted) AS lead_conversion__num,
    COUNT(*) AS lead_conversion__den
FROM per_lead
${group_by}
