-- AlterTable
ALTER TABLE "series" ADD COLUMN     "figure_count" INTEGER NOT NULL DEFAULT 0;

-- The counts of the figures already written, as the previous migration filled the claimants' and
-- publishers'. From here on every write keeps them (lib/dataset/figure-counts.ts).
UPDATE "series" s SET "figure_count" = n."figures"
FROM (SELECT "series_id", count(*)::int AS "figures" FROM "figure_versions" WHERE "valid_to_rev" IS NULL AND "change" <> 'retired' GROUP BY "series_id") n
WHERE s."id" = n."series_id";
