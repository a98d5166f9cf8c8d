import type { Metadata } from 'next';
import { ExtractAssistant } from '@/components/admin/extract-assistant';
import { requirePageRole } from '@/lib/auth/page-guard';
import { listSeries } from '@/lib/queries/list-series';
import { proposeFiguresAction, saveAcceptedFiguresAction } from './actions';

export const metadata: Metadata = { title: 'Find figures in an article' };

export default async function ExtractPage() {
  await requirePageRole('editor');
  const series = await listSeries();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Find figures in an article</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Paste an article or give its link. Each candidate figure is highlighted in the text with its value, qualifier, claimant and
        period; correct any field, then accept, reject or skip it. The accepted figures are saved together, with your reason, as one
        public revision.
      </p>
      <ExtractAssistant propose={proposeFiguresAction} save={saveAcceptedFiguresAction} series={series.map((s) => ({ slug: s.slug, title: s.title }))} />
    </div>
  );
}
