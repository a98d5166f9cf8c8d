import type { Metadata } from 'next';
import { ImportUpload } from '@/components/admin/import-upload';
import { requirePageRole } from '@/lib/auth/page-guard';
import { MAX_IMPORT_BYTES } from '@/lib/limits';

export const metadata: Metadata = { title: 'Import CSV files' };

export default async function ImportPage() {
  await requirePageRole('editor');
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Import CSV files</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Upload figures, series and events files in the format <code>npm run db:import</code> reads (up to {MAX_IMPORT_BYTES / 1024 / 1024} MB
        together). First the files are checked and nothing is written: you see how many figures they create, correct, leave unchanged
        and retire, every problem by row and column, and each correction field by field. Then import them with a reason: one
        transaction, one public revision, or nothing at all.
      </p>
      <ImportUpload maxBytes={MAX_IMPORT_BYTES} />
    </div>
  );
}
