import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordForm } from '@/components/admin/record-form';
import { RetireRecordForm } from '@/components/admin/retire-record-form';
import { eventFormValues } from '@/lib/admin/event-form';
import { requirePageRole } from '@/lib/auth/page-guard';
import { getWritePool } from '@/lib/dataset/pool';
import { readEventState } from '@/lib/dataset/read-state';
import { inTransaction } from '@/lib/dataset/write';
import { editEventAction, retireEventAction } from '../actions';
import { EVENT_CONTENT_SPECS } from '../form-fields';

export const metadata: Metadata = { title: 'Edit event' };

export default async function EditEventPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole('editor');
  const { slug } = await params;
  const query = await searchParams;
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) notFound();
  const [current] = await inTransaction(getWritePool(), (tx) => readEventState(tx, { slugs: [slug] }), { readOnly: true });
  if (!current) notFound();
  const status = query.retired === '1' && current.retired ? 'Retired: charts no longer draw it. Saving the form brings it back.' : query.saved === '1' ? 'Event created.' : null;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">
        Event “{current.content.title}”, version {current.version}
        {current.retired ? ' (retired)' : ''}
      </h1>
      {status ? (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {status}
        </p>
      ) : null}
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Slug: {current.slug}. Links and pinned views name the event by it, so it never changes.
      </p>
      <RecordForm
        noun="event"
        action={editEventAction}
        fields={EVENT_CONTENT_SPECS}
        initial={eventFormValues(current.content)}
        baseVersion={current.version}
        hidden={{ slug: current.slug }}
        submitLabel={current.retired ? 'Save and bring back' : 'Save event'}
      />
      {current.retired ? null : (
        <RetireRecordForm
          noun="event"
          action={retireEventAction}
          slug={current.slug}
          baseVersion={current.version}
          consequence="Charts stop drawing it; views pinned to earlier revisions still show it, and an edit brings it back."
        />
      )}
    </div>
  );
}
