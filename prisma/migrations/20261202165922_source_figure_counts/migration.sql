-- AlterTable
ALTER TABLE "claimants" ADD COLUMN     "figure_count" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "publishers" ADD COLUMN     "figure_count" INTEGER NOT NULL DEFAULT 0;

-- The counts of the figures already written. From here on every write keeps them (lib/dataset/figure-counts.ts,
-- with the rule of lib/queries/figure-rows.ts' visibleVersionsSql); this statement applies that rule as it
-- stands today, for the current versions: not superseded and not retired.
UPDATE "claimants" c SET "figure_count" = n."figures"
FROM (SELECT "claimant_id", count(*)::int AS "figures" FROM "figure_versions" WHERE "valid_to_rev" IS NULL AND "change" <> 'retired' GROUP BY "claimant_id") n
WHERE c."id" = n."claimant_id";

UPDATE "publishers" p SET "figure_count" = n."figures"
FROM (SELECT "publisher_id", count(*)::int AS "figures" FROM "figure_versions" WHERE "valid_to_rev" IS NULL AND "change" <> 'retired' GROUP BY "publisher_id") n
WHERE p."id" = n."publisher_id";
