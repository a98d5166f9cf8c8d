-- AlterTable
-- Existing events get the revision that last wrote them, the earliest one this database can prove.
ALTER TABLE "events" ADD COLUMN     "created_rev" INTEGER;
UPDATE "events" SET "created_rev" = "updated_rev";
ALTER TABLE "events" ALTER COLUMN "created_rev" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_created_rev_fkey" FOREIGN KEY ("created_rev") REFERENCES "dataset_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
