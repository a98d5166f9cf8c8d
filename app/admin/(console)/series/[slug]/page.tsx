import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecordForm } from '@/components/admin/record-form';
import { RetireRecordForm } from '@/components/admin/retire-record-form';
import { seriesFormValues } from '@/lib/admin/series-form';
import { requirePageRole } from '@/lib/auth/page-guard';
import { getWritePool } from '@/lib/dataset/pool';
import { readSeriesState } from '@/lib/dataset/read-state';
import { inTransaction } from '@/lib/dataset/write';
import { countSeriesFigures } from '@/lib/queries/count-series-figures';
import { editSeriesAction, retireSeriesAction } from '../actions';
import { SERIES_CONTENT_SPECS } from '../form-fields';

export const metadata: Metadata = { title: 'Edit series' };

const link = 'text-sky-800 underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300';

export default async function EditSeriesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole('editor');
  const { slug } = await params;
  const query = await searchParams;
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) notFound();
  const current = (await inTransaction(getWritePool(), (tx) => readSeriesState(tx, [slug]), { readOnly: true })).get(slug);
  if (!current) notFound();
  const retired = current.retiredRev !== null;
  const figures = retired ? 0 : await countSeriesFigures(current.id);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">
        Series “{current.content.title}”, version {current.version}
        {retired ? ' (retired)' : ''}
      </h1>
      {query.saved === '1' || (query.retired === '1' && retired) ? (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {retired ? `Retired in revision ${current.retiredRev}, with its figures.` : 'Series created.'}
        </p>
      ) : null}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Slug</dt>
        <dd>{current.slug}</dd>
        <dt className="font-medium">Unit</dt>
        <dd>{current.unit}</dd>
        <dt className="font-medium">Kind</dt>
        <dd>{current.kind}</dd>
        <dt className="font-medium">Current figures</dt>
        <dd>{figures}</dd>
      </dl>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">Slug, unit and kind say what the series’ figures mean, so they never change: to change them, create a new series.</p>
      {retired ? (
        <p>This series was retired in revision {current.retiredRev}; a retired series cannot change.</p>
      ) : (
        <>
          <p>
            <Link href={`/series/${current.slug}`} className={link}>
              Its public page
            </Link>
          </p>
          <RecordForm
            noun="series"
            action={editSeriesAction}
            fields={SERIES_CONTENT_SPECS}
            initial={seriesFormValues(current)}
            baseVersion={current.version}
            hidden={{ slug: current.slug }}
            submitLabel="Save series"
          />
          <RetireRecordForm
            noun="series"
            action={retireSeriesAction}
            slug={current.slug}
            baseVersion={current.version}
            consequence={`Its ${figures} current figure${figures === 1 ? '' : 's'} are retired with it, in the same revision; views pinned to earlier revisions still show them.`}
          />
        </>
      )}
    </div>
  );
}
