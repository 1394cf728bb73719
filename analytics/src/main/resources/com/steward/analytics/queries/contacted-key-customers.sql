-- Key customers who contacted one vendor in one period: one row per customer, with the queue and region of the
-- customer's first contact with the vendor in the period (its stratum) and how many contacts it made.
-- Placeholders (LakeQueries.contactedKeyCustomers): interactions the lake's interactions relation; key_accounts a
-- table of key customer ids (column customer_id); vendor (handled_by), from (inclusive), to (exclusive).
SELECT customer_id, queue, region, contacts
FROM (
    SELECT i.customer_id,
           i.queue,
           i.region,
           COUNT(*) OVER (PARTITION BY i.customer_id) AS contacts,
           ROW_NUMBER() OVER (PARTITION BY i.customer_id ORDER BY i.arrived_at, i.interaction_id) AS first_contact
    FROM ${interactions} i
    JOIN ${key_accounts} k ON k.customer_id = i.customer_id
    WHERE i.handled_by = ${vendor}
      AND i.arrived_at >= ${from}
      AND i.arrived_at < ${to}
      AND i.customer_id IS NOT NULL
) c
WHERE first_contact = 1
ORDER BY customer_id
