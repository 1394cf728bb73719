-- Key customers who contacted one vendor in one period: one row per customer, with the queue and region of the
-- customer's first contact with the vendor in the period (its stratum) and how many contacts it made.
-- Placeholders: {interactions} the lake's interactions relation, {key_accounts} a table of key customer ids.
-- Parameters: 1 vendor code (handled_by), 2 period start (inclusive, UTC), 3 period end (exclusive, UTC).
SELECT customer_id, queue, region, contacts
FROM (
    SELECT i.customer_id,
           i.queue,
           i.region,
           COUNT(*) OVER (PARTITION BY i.customer_id) AS contacts,
           ROW_NUMBER() OVER (PARTITION BY i.customer_id ORDER BY i.arrived_at, i.interaction_id) AS first_contact
    FROM {interactions} i
    JOIN {key_accounts} k ON k.customer_id = i.customer_id
    WHERE i.handled_by = ?
      AND i.arrived_at >= ?
      AND i.arrived_at < ?
      AND i.customer_id IS NOT NULL
) c
WHERE first_contact = 1
ORDER BY customer_id
