import type { Metadata } from 'next';
import { FigureForm } from '@/components/admin/figure-form';
import { requirePageRole } from '@/lib/auth/page-guard';
import { createFigureAction } from '../actions';
import { figureFormOptions } from '../form-options';

export const metadata: Metadata = { title: 'New figure' };

export default async function NewFigurePage() {
  await requirePageRole('editor');
  const options = await figureFormOptions();
  const initial = {
    seriesSlug: options.series[0]?.slug ?? '',
    value: '',
    qualifier: 'exact',
    valueLow: '',
    valueHigh: '',
    periodStart: '',
    periodEnd: '',
    'claimant.name': '',
    'claimant.organization': '',
    via: '',
    'publisher.name': '',
    url: '',
    publicationTitle: '',
    publishedOn: '',
    quote: '',
    note: '',
  };
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">New figure</h1>
      <FigureForm action={createFigureAction} initial={initial} {...options} submitLabel="Create figure" />
    </div>
  );
}
