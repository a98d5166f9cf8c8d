-- Versioned writes: events and series titles get versions like figures, the dashboard's headline
-- series become data, merges of claimants and publishers are recorded, and revision numbers are
-- allocated by the writer (gapless) instead of a sequence. Existing rows are carried over: each
-- event and series becomes version 1, valid from the revision that created it, with its content of
-- today (the earliest state this database can prove), and the four headline series of the code
-- that came before become the headline list from the revision that created each.

-- DropForeignKey
ALTER TABLE "events" DROP CONSTRAINT "events_created_rev_fkey";

-- DropForeignKey
ALTER TABLE "events" DROP CONSTRAINT "events_updated_rev_fkey";

-- DropIndex
DROP INDEX "events_occurred_on_idx";

-- AlterTable
ALTER TABLE "dataset_revisions" ADD COLUMN     "author_id" TEXT,
ALTER COLUMN "id" DROP DEFAULT;
DROP SEQUENCE "dataset_revisions_id_seq";

-- AlterTable
ALTER TABLE "series" ADD COLUMN     "retired_rev" INTEGER;

-- CreateTable
CREATE TABLE "series_versions" (
    "id" SERIAL NOT NULL,
    "series_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "change" "ChangeKind" NOT NULL,
    "valid_from_rev" INTEGER NOT NULL,
    "valid_to_rev" INTEGER,
    "title" TEXT NOT NULL,
    "topic" "Topic" NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "series_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_versions" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "change" "ChangeKind" NOT NULL,
    "valid_from_rev" INTEGER NOT NULL,
    "valid_to_rev" INTEGER,
    "occurred_on" DATE NOT NULL,
    "occurred_on_precision" "DatePrecision" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "topics" "Topic"[],
    "source" TEXT NOT NULL,
    "url" TEXT,

    CONSTRAINT "event_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "headline_series" (
    "id" SERIAL NOT NULL,
    "series_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "valid_from_rev" INTEGER NOT NULL,
    "valid_to_rev" INTEGER,

    CONSTRAINT "headline_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claimant_merges" (
    "claimant_id" INTEGER NOT NULL,
    "into_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,

    CONSTRAINT "claimant_merges_pkey" PRIMARY KEY ("claimant_id")
);

-- CreateTable
CREATE TABLE "publisher_merges" (
    "publisher_id" INTEGER NOT NULL,
    "into_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,

    CONSTRAINT "publisher_merges_pkey" PRIMARY KEY ("publisher_id")
);

-- Carry over the current content of every series and event as its first version
INSERT INTO "series_versions" ("series_id", "version", "change", "valid_from_rev", "title", "topic", "description")
SELECT "id", 1, 'created', "created_rev", "title", "topic", "description" FROM "series";

INSERT INTO "event_versions" ("event_id", "version", "change", "valid_from_rev", "occurred_on", "occurred_on_precision", "title", "description", "topics", "source", "url")
SELECT "id", 1, 'created', "created_rev", "occurred_on", "occurred_on_precision", "title", "description", "topics", "source", "url" FROM "events";

INSERT INTO "headline_series" ("series_id", "position", "valid_from_rev")
SELECT s."id", h."position", s."created_rev"
FROM (VALUES ('shells-delivered', 1), ('troops-deployed', 2), ('children-returned', 3), ('students-in-russia', 4)) AS h("slug", "position")
JOIN "series" s ON s."slug" = h."slug";

-- AlterTable
ALTER TABLE "events" DROP COLUMN "created_rev",
DROP COLUMN "description",
DROP COLUMN "occurred_on",
DROP COLUMN "occurred_on_precision",
DROP COLUMN "source",
DROP COLUMN "title",
DROP COLUMN "topics",
DROP COLUMN "updated_rev",
DROP COLUMN "url";

-- CreateIndex
CREATE INDEX "series_versions_valid_from_rev_idx" ON "series_versions"("valid_from_rev");

-- CreateIndex
CREATE INDEX "series_versions_valid_to_rev_idx" ON "series_versions"("valid_to_rev");

-- CreateIndex
CREATE UNIQUE INDEX "series_versions_series_id_version_key" ON "series_versions"("series_id", "version");

-- CreateIndex
CREATE INDEX "event_versions_occurred_on_idx" ON "event_versions"("occurred_on");

-- CreateIndex
CREATE INDEX "event_versions_valid_from_rev_idx" ON "event_versions"("valid_from_rev");

-- CreateIndex
CREATE INDEX "event_versions_valid_to_rev_idx" ON "event_versions"("valid_to_rev");

-- CreateIndex
CREATE UNIQUE INDEX "event_versions_event_id_version_key" ON "event_versions"("event_id", "version");

-- CreateIndex
CREATE INDEX "headline_series_valid_from_rev_idx" ON "headline_series"("valid_from_rev");

-- CreateIndex
CREATE INDEX "headline_series_valid_to_rev_idx" ON "headline_series"("valid_to_rev");

-- CreateIndex
CREATE INDEX "claimant_merges_into_id_idx" ON "claimant_merges"("into_id");

-- CreateIndex
CREATE INDEX "publisher_merges_into_id_idx" ON "publisher_merges"("into_id");

-- AddForeignKey
ALTER TABLE "series" ADD CONSTRAINT "series_retired_rev_fkey" FOREIGN KEY ("retired_rev") REFERENCES "dataset_revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_versions" ADD CONSTRAINT "series_versions_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_versions" ADD CONSTRAINT "series_versions_valid_from_rev_fkey" FOREIGN KEY ("valid_from_rev") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_versions" ADD CONSTRAINT "series_versions_valid_to_rev_fkey" FOREIGN KEY ("valid_to_rev") REFERENCES "dataset_revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_versions" ADD CONSTRAINT "event_versions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_versions" ADD CONSTRAINT "event_versions_valid_from_rev_fkey" FOREIGN KEY ("valid_from_rev") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_versions" ADD CONSTRAINT "event_versions_valid_to_rev_fkey" FOREIGN KEY ("valid_to_rev") REFERENCES "dataset_revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "headline_series" ADD CONSTRAINT "headline_series_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "headline_series" ADD CONSTRAINT "headline_series_valid_from_rev_fkey" FOREIGN KEY ("valid_from_rev") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "headline_series" ADD CONSTRAINT "headline_series_valid_to_rev_fkey" FOREIGN KEY ("valid_to_rev") REFERENCES "dataset_revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claimant_merges" ADD CONSTRAINT "claimant_merges_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "claimants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claimant_merges" ADD CONSTRAINT "claimant_merges_into_id_fkey" FOREIGN KEY ("into_id") REFERENCES "claimants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claimant_merges" ADD CONSTRAINT "claimant_merges_revision_fkey" FOREIGN KEY ("revision") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publisher_merges" ADD CONSTRAINT "publisher_merges_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "publishers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publisher_merges" ADD CONSTRAINT "publisher_merges_into_id_fkey" FOREIGN KEY ("into_id") REFERENCES "publishers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publisher_merges" ADD CONSTRAINT "publisher_merges_revision_fkey" FOREIGN KEY ("revision") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
