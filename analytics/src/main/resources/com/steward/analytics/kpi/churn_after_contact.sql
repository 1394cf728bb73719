-- Churn after contact: distinct contacted customers (identified, is_customer) with a 'churned' event within
-- ${churn_window_us} µs after one of their contacts in the group / distinct contacted customers.
WITH contacted AS (
    SELECT ${key_columns} customer_id, arrived_us
    FROM kpi_scope
    WHERE customer_id IS NOT NULL AND is_customer = TRUE
),
per_customer AS (
    SELECT ${key_columns} c.customer_id,
           MAX(CASE WHEN e.customer_id IS NOT NULL THEN 1 ELSE 0 END) AS churned
    FROM contacted c
    LEFT JOIN customer_events e
      ON e.customer_id = c.customer_id
     AND e.event = 'churned'
     AND e.at_us > c.arrived_us
     AND e.at_us <= c.arrived_us + ${churn_window_us}
    GROUP BY ${key_columns} c.customer_id
)
SELECT ${key_columns}
    SUM(churned) AS churn_after_contact__num,
    COUNT(*) AS churn_after_contact__den
FROM per_customer
${group_by}
