-- CreateEnum
CREATE TYPE "Topic" AS ENUM ('munitions', 'troops', 'children', 'education', 'labour');

-- CreateEnum
CREATE TYPE "SeriesKind" AS ENUM ('cumulative', 'level', 'flow', 'target', 'rate', 'change');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'approx', 'at_least', 'more_than', 'up_to', 'less_than', 'range');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('year', 'month', 'day');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('created', 'corrected', 'retired');

-- CreateTable
CREATE TABLE "dataset_revisions" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "author" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT,

    CONSTRAINT "dataset_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "series" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "topic" "Topic" NOT NULL,
    "kind" "SeriesKind" NOT NULL,
    "description" TEXT NOT NULL,
    "created_rev" INTEGER NOT NULL,

    CONSTRAINT "series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claimants" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "organization" TEXT NOT NULL,

    CONSTRAINT "claimants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publishers" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "publishers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figures" (
    "id" SERIAL NOT NULL,
    "series_id" INTEGER NOT NULL,
    "natural_key" TEXT NOT NULL,

    CONSTRAINT "figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figure_versions" (
    "id" SERIAL NOT NULL,
    "figure_id" INTEGER NOT NULL,
    "series_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "change" "ChangeKind" NOT NULL,
    "valid_from_rev" INTEGER NOT NULL,
    "valid_to_rev" INTEGER,
    "value" DECIMAL(24,6) NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "value_low" DECIMAL(24,6),
    "value_high" DECIMAL(24,6),
    "period_start" DATE,
    "period_start_precision" "DatePrecision",
    "period_end" DATE,
    "period_end_precision" "DatePrecision",
    "claimant_id" INTEGER NOT NULL,
    "via" TEXT,
    "publisher_id" INTEGER NOT NULL,
    "url" TEXT,
    "publication_title" TEXT,
    "published_on" DATE,
    "published_on_precision" "DatePrecision",
    "quote" TEXT,
    "note" TEXT,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "figure_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "series_slug_key" ON "series"("slug");

-- CreateIndex
CREATE INDEX "series_topic_idx" ON "series"("topic");

-- CreateIndex
CREATE INDEX "claimants_organization_idx" ON "claimants"("organization");

-- CreateIndex
CREATE UNIQUE INDEX "claimants_name_organization_key" ON "claimants"("name", "organization");

-- CreateIndex
CREATE UNIQUE INDEX "publishers_name_key" ON "publishers"("name");

-- CreateIndex
CREATE UNIQUE INDEX "figures_natural_key_key" ON "figures"("natural_key");

-- CreateIndex
CREATE INDEX "figures_series_id_idx" ON "figures"("series_id");

-- CreateIndex
CREATE INDEX "figure_versions_series_id_period_end_valid_from_rev_valid_t_idx" ON "figure_versions"("series_id", "period_end", "valid_from_rev", "valid_to_rev");

-- CreateIndex
CREATE INDEX "figure_versions_claimant_id_idx" ON "figure_versions"("claimant_id");

-- CreateIndex
CREATE INDEX "figure_versions_publisher_id_idx" ON "figure_versions"("publisher_id");

-- CreateIndex
CREATE INDEX "figure_versions_valid_from_rev_idx" ON "figure_versions"("valid_from_rev");

-- CreateIndex
CREATE INDEX "figure_versions_valid_to_rev_idx" ON "figure_versions"("valid_to_rev");

-- CreateIndex
CREATE UNIQUE INDEX "figure_versions_figure_id_version_key" ON "figure_versions"("figure_id", "version");

-- AddForeignKey
ALTER TABLE "series" ADD CONSTRAINT "series_created_rev_fkey" FOREIGN KEY ("created_rev") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_versions" ADD CONSTRAINT "figure_versions_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_versions" ADD CONSTRAINT "figure_versions_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_versions" ADD CONSTRAINT "figure_versions_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "claimants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_versions" ADD CONSTRAINT "figure_versions_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "publishers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_versions" ADD CONSTRAINT "figure_versions_valid_from_rev_fkey" FOREIGN KEY ("valid_from_rev") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_versions" ADD CONSTRAINT "figure_versions_valid_to_rev_fkey" FOREIGN KEY ("valid_to_rev") REFERENCES "dataset_revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
