-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "occurred_on_precision" "DatePrecision" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "topics" "Topic"[],
    "source" TEXT NOT NULL,
    "url" TEXT,
    "updated_rev" INTEGER NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "short_links" (
    "code" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "state_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "short_links_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "events_slug_key" ON "events"("slug");

-- CreateIndex
CREATE INDEX "events_occurred_on_idx" ON "events"("occurred_on");

-- CreateIndex
CREATE UNIQUE INDEX "short_links_state_hash_key" ON "short_links"("state_hash");

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_updated_rev_fkey" FOREIGN KEY ("updated_rev") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
