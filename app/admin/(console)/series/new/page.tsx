import type { Metadata } from 'next';
import { RecordForm } from '@/components/admin/record-form';
import { requirePageRole } from '@/lib/auth/page-guard';
import { createSeriesAction } from '../actions';
import { SERIES_CONTENT_SPECS, SERIES_IDENTITY_SPECS } from '../form-fields';

export const metadata: Metadata = { title: 'New series' };

export default async function NewSeriesPage() {
  await requirePageRole('editor');
  const initial = { slug: '', title: '', unit: '', topic: 'munitions', kind: 'level', description: '' };
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">New series</h1>
      <RecordForm noun="series" action={createSeriesAction} fields={[...SERIES_IDENTITY_SPECS, ...SERIES_CONTENT_SPECS]} initial={initial} submitLabel="Create series" />
    </div>
  );
}
