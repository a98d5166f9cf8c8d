import type { Metadata } from 'next';
import { HeadlineEditor } from '@/components/admin/headline-editor';
import { requirePageRole } from '@/lib/auth/page-guard';
import { MAX_HEADLINES } from '@/lib/curation/headlines';
import { getWritePool } from '@/lib/dataset/pool';
import { readHeadlines } from '@/lib/dataset/read-state';
import { inTransaction } from '@/lib/dataset/write';
import { listSeries } from '@/lib/queries/list-series';
import { setHeadlinesAction } from './actions';

export const metadata: Metadata = { title: 'Headlines' };

export default async function HeadlinesPage() {
  await requirePageRole('editor');
  const [headlines, series] = await Promise.all([inTransaction(getWritePool(), (tx) => readHeadlines(tx), { readOnly: true }), listSeries()]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Headlines</h1>
      <p className="text-zinc-700 dark:text-zinc-300">
        The series the dashboard leads with, each as a chart with its latest figure, in this order. Saving the list is a revision like any other: views pinned
        to an earlier revision keep the headlines they had.
      </p>
      <HeadlineEditor
        action={setHeadlinesAction}
        initial={headlines.slugs}
        series={series.map((s) => ({ slug: s.slug, title: s.title }))}
        baseRevision={headlines.revision}
        max={MAX_HEADLINES}
      />
    </div>
  );
}
