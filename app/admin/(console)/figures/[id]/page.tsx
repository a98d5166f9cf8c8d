import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FigureForm } from '@/components/admin/figure-form';
import { RetireFigureForm } from '@/components/admin/retire-figure-form';
import { figureFormValues } from '@/lib/admin/figure-form';
import { requirePageRole } from '@/lib/auth/page-guard';
import { readFiguresById } from '@/lib/dataset/read-state';
import { getWritePool } from '@/lib/dataset/pool';
import { inTransaction } from '@/lib/dataset/write';
import { editFigureAction, retireFigureAction } from '../actions';
import { figureFormOptions } from '../form-options';

export const metadata: Metadata = { title: 'Edit figure' };

export default async function EditFigurePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole('editor');
  const { id } = await params;
  const figureId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  if (figureId === null) notFound();
  const [current, options] = await Promise.all([inTransaction(getWritePool(), (tx) => readFiguresById(tx, [figureId]), { readOnly: true }).then((m) => m.get(figureId)), figureFormOptions()]);
  if (!current) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">
        Figure #{figureId}, version {current.version}
        {current.retired ? ' (retired)' : ''}
      </h1>
      <p>
        <Link href={`/figures/${figureId}`} className="text-sky-800 underline dark:text-sky-300">
          Its public history
        </Link>
      </p>
      <FigureForm
        action={editFigureAction}
        initial={figureFormValues(current.seriesSlug, current.content)}
        baseVersion={current.version}
        figureId={figureId}
        {...options}
        submitLabel={current.retired ? 'Save and bring back' : 'Save figure'}
      />
      {current.retired ? null : <RetireFigureForm action={retireFigureAction} figureId={figureId} baseVersion={current.version} />}
    </div>
  );
}
