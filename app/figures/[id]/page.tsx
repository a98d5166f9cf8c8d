import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { FigureHistory } from '@/components/history/figure-history';
import { figureTitle } from '@/lib/figures/figure-title';
import { describeSource } from '@/lib/figures/wording';
import { loadFigureHistory } from '@/lib/loaders/figure-history';

interface FigurePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The version to list older ones than (before=), as the link gives it. */
async function beforeParam(searchParams: FigurePageProps['searchParams']): Promise<string | null> {
  const value = (await searchParams).before;
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export async function generateMetadata({ params, searchParams }: FigurePageProps): Promise<Metadata> {
  const view = await loadFigureHistory((await params).id, await beforeParam(searchParams));
  if (!view) return { title: 'Figure not found' };
  return {
    title: `History: ${figureTitle(view.latest.figure, view.series)}`,
    description: `Every version of this figure in “${view.series.title}”, ${describeSource(view.latest.figure)}: who changed what, when and why.`,
  };
}

/**
 * /figures/<id>: every version of one figure. There is no loading.tsx here, so that an unknown or
 * malformed id is answered with a real 404 before anything is streamed.
 */
export default async function FigurePage({ params, searchParams }: FigurePageProps) {
  await connection();
  const view = await loadFigureHistory((await params).id, await beforeParam(searchParams));
  if (!view) notFound();
  return <FigureHistory view={view} />;
}
