// Creating, editing and retiring a series. Its slug, unit and kind say what its figures mean, so they
// never change; its title, topic and description are versioned. Retiring a series retires its
// figures with it, in the same revision, and views pinned to earlier revisions still show them.
import type { Pool } from 'pg';
import { diffSeriesContent } from '@/lib/dataset/content';
import { ConflictError, DuplicateError, NotFoundError, RuleError, ValidationError } from '@/lib/dataset/errors';
import { emptyPlan } from '@/lib/dataset/plan';
import { readFiguresById, readSeriesFigureIds, readSeriesState, readSeriesVersionContent } from '@/lib/dataset/read-state';
import { parseSeriesInput, type SeriesDraft } from '@/lib/dataset/series-input';
import type { SeriesState } from '@/lib/dataset/state';
import { writeDataset, type Tx } from '@/lib/dataset/write';
import { changeSet, refuseIdentityChange, wholeNumber, withChanges, type Curation, type CurationResult } from './common';

export interface CreateSeries extends Curation {
  series: unknown;
}

export interface EditSeries extends Curation {
  slug: string;
  baseVersion: number;
  /** Any of title, topic, description. */
  changes: unknown;
}

export interface RetireSeries extends Curation {
  slug: string;
  baseVersion: number;
}

export interface SeriesResult extends CurationResult {
  seriesId: number;
  version: number;
}

function parsed(input: unknown): SeriesDraft {
  const result = parseSeriesInput(input);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.series;
}

async function currentSeries(tx: Tx, slug: unknown, baseVersion: number): Promise<SeriesState> {
  const current = typeof slug === 'string' ? (await readSeriesState(tx, [slug])).get(slug) : undefined;
  if (!current) throw new NotFoundError('series', String(slug));
  if (current.retiredRev !== null) throw new RuleError(`series "${current.slug}" was retired in revision ${current.retiredRev}; it cannot change`);
  if (current.version !== baseVersion) {
    const base = baseVersion < current.version ? await readSeriesVersionContent(tx, current.id, baseVersion) : null;
    if (!base) throw new ValidationError([{ field: 'baseVersion', message: `series "${current.slug}" has no version ${baseVersion}; it is at version ${current.version}` }]);
    throw new ConflictError('series', current.slug, baseVersion, current.version, current.content, diffSeriesContent(base, current.content));
  }
  return current;
}

export async function createSeries(pool: Pool, request: CreateSeries): Promise<SeriesResult> {
  const { slug, unit, kind, ...content } = parsed(request.series);
  const outcome = await writeDataset(pool, request, async (tx) => {
    if ((await readSeriesState(tx, [slug])).has(slug)) throw new DuplicateError('series', slug, `series "${slug}" exists already; edit it, or choose another slug`);
    const plan = emptyPlan();
    plan.series.push({ series: { slug, unit, kind }, replaces: null, change: 'created', content });
    return { plan, result: null };
  });
  return { revision: outcome.revision, seriesId: outcome.created.seriesIds.get(slug) as number, version: 1 };
}

export async function editSeries(pool: Pool, request: EditSeries): Promise<SeriesResult> {
  const baseVersion = wholeNumber(request.baseVersion, 'baseVersion');
  const changes = changeSet(request.changes);
  const outcome = await writeDataset(pool, request, async (tx) => {
    const current = await currentSeries(tx, request.slug, baseVersion);
    const before = { slug: current.slug, unit: current.unit, kind: current.kind, ...current.content };
    refuseIdentityChange(changes, before, ['slug', 'unit', 'kind'], 'it would change what the series’ figures mean; create a new series instead');
    const { title, topic, description } = parsed(withChanges(before, changes));
    const content = { title, topic, description };
    const plan = emptyPlan();
    if (diffSeriesContent(current.content, content).length > 0) {
      plan.series.push({ series: { id: current.id }, replaces: { versionId: current.versionId, version: current.version }, change: 'corrected', content });
    }
    return { plan, result: current };
  });
  return { revision: outcome.revision, seriesId: outcome.result.id, version: outcome.result.version + (outcome.revision === null ? 0 : 1) };
}

export async function retireSeries(pool: Pool, request: RetireSeries): Promise<SeriesResult> {
  const baseVersion = wholeNumber(request.baseVersion, 'baseVersion');
  const outcome = await writeDataset(pool, request, async (tx) => {
    const current = await currentSeries(tx, request.slug, baseVersion);
    const plan = emptyPlan();
    plan.series.push({ series: { id: current.id }, replaces: { versionId: current.versionId, version: current.version }, change: 'retired', content: current.content });
    const figures = await readFiguresById(tx, await readSeriesFigureIds(tx, current.id));
    for (const figure of figures.values()) {
      plan.figures.push({
        figure: { id: figure.figureId, seriesId: figure.seriesId },
        replaces: { versionId: figure.versionId, version: figure.version },
        change: 'retired',
        content: figure.content,
        contentHash: figure.contentHash,
      });
    }
    return { plan, result: current };
  });
  return { revision: outcome.revision, seriesId: outcome.result.id, version: outcome.result.version + 1 };
}
