-- The imports whose rows one lake dataset holds, written at or after a point in time: how the start-up
-- reconciliation finds what an interrupted import stored.
-- Placeholders (LakeQueries.importsSince): lake the dataset's relation; since (inclusive).
SELECT import_id, any_value(source) AS source, count(*) AS row_count, min(ingested_at) AS first_ingested
FROM ${lake} l
WHERE ingested_at >= ${since}
GROUP BY import_id
