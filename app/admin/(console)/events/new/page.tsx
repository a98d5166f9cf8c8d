import type { Metadata } from 'next';
import { RecordForm } from '@/components/admin/record-form';
import { requirePageRole } from '@/lib/auth/page-guard';
import { createEventAction } from '../actions';
import { EVENT_CONTENT_SPECS, EVENT_SLUG_SPEC } from '../form-fields';

export const metadata: Metadata = { title: 'New event' };

export default async function NewEventPage() {
  await requirePageRole('editor');
  const initial = { slug: '', date: '', title: '', description: '', topics: '', source: '', url: '' };
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">New event</h1>
      <RecordForm noun="event" action={createEventAction} fields={[EVENT_SLUG_SPEC, ...EVENT_CONTENT_SPECS]} initial={initial} submitLabel="Create event" />
    </div>
  );
}
