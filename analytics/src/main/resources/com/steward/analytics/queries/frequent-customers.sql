-- Candidates for the key-account list: identified customers (not leads) with the most contacts handled by
-- outsourced vendors, most contacts first, ties by id.
-- Placeholders (LakeQueries.frequentCustomers): interactions, limit.
SELECT customer_id, COUNT(*) AS contacts
FROM ${interactions}
WHERE customer_id IS NOT NULL
  AND is_customer
  AND handled_by <> 'inhouse'
GROUP BY customer_id
ORDER BY contacts DESC, customer_id
LIMIT ${limit}
