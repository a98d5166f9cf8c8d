// Creating, editing and retiring one figure, as an editor does in a form or a script through the API.
// Each is one dataset revision written through the one write path, or nothing when nothing changes.
import type { Pool } from 'pg';
import { diffFigureContent } from '@/lib/dataset/content';
import { ConflictError, DuplicateError, NotFoundError, ValidationError } from '@/lib/dataset/errors';
import { parseFigureInput, type FigureContent, type FigureDraft } from '@/lib/dataset/figure-input';
import { figureContentHash, figureKey } from '@/lib/dataset/figure-key';
import { emptyPlan, type FigureWrite } from '@/lib/dataset/plan';
import { readFigureState, readFigureVersionContent, readFiguresById, readNameAliases, readSeriesState } from '@/lib/dataset/read-state';
import { resolveNames, type FigureState } from '@/lib/dataset/state';
import { writeDataset, type Tx } from '@/lib/dataset/write';
import { changeSet, refuseIdentityChange, wholeNumber, withChanges, type Curation, type CurationResult } from './common';

export interface CreateFigure extends Curation {
  /** The figure as the read API names its fields (lib/dataset/figure-input.ts). */
  figure: unknown;
}

export interface EditFigure extends Curation {
  figureId: number;
  /** The version the edit started from; refused with a ConflictError if the figure has moved on. */
  baseVersion: number;
  /** The fields that change, named as the read API names them. */
  changes: unknown;
}

export interface RetireFigure extends Curation {
  figureId: number;
  baseVersion: number;
}

export interface FigureResult extends CurationResult {
  figureId: number;
  /** The figure's version after the operation. */
  version: number;
}

function parsed(input: unknown): FigureDraft {
  const result = parseFigureInput(input);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.figure;
}

async function requireSeries(tx: Tx, slug: string): Promise<void> {
  const series = (await readSeriesState(tx, [slug])).get(slug);
  if (!series) throw new ValidationError([{ field: 'seriesSlug', message: `"${slug}" is not a known series` }]);
  if (series.retiredRev !== null) throw new ValidationError([{ field: 'seriesSlug', message: `"${slug}" was retired in revision ${series.retiredRev}; its figures cannot change` }]);
}

/** The figure now, and a ConflictError if it is no longer at the version the edit started from. */
async function currentFigure(tx: Tx, figureId: number, baseVersion: number): Promise<FigureState & { content: FigureContent }> {
  const current = (await readFiguresById(tx, [figureId])).get(figureId);
  if (!current) throw new NotFoundError('figure', figureId);
  if (current.version !== baseVersion) {
    const base = baseVersion < current.version ? await readFigureVersionContent(tx, figureId, baseVersion) : null;
    if (!base) throw new ValidationError([{ field: 'baseVersion', message: `figure #${figureId} has no version ${baseVersion}; it is at version ${current.version}` }]);
    throw new ConflictError('figure', figureId, baseVersion, current.version, { seriesSlug: current.seriesSlug, ...current.content }, diffFigureContent(base, current.content));
  }
  return current;
}

function nextVersion(current: FigureState, change: FigureWrite['change'], content: FigureContent): FigureWrite {
  return {
    figure: { id: current.figureId, seriesId: current.seriesId },
    replaces: { versionId: current.versionId, version: current.version },
    change,
    content,
    contentHash: figureContentHash(content),
  };
}

export async function createFigure(pool: Pool, request: CreateFigure): Promise<FigureResult> {
  const draft = parsed(request.figure);
  const key = figureKey(draft);
  const outcome = await writeDataset(pool, request, async (tx) => {
    await requireSeries(tx, draft.seriesSlug);
    const existing = (await readFigureState(tx, { keys: [key] })).get(key);
    if (existing) {
      throw new DuplicateError(
        'figure',
        existing.figureId,
        `figure #${existing.figureId} already has this series, claimant, publisher, link, date and period; edit it instead`,
      );
    }
    const content = resolveNames(draft, await readNameAliases(tx));
    const plan = emptyPlan();
    plan.figures.push({ figure: { key, seriesSlug: draft.seriesSlug }, replaces: null, change: 'created', content, contentHash: figureContentHash(content) });
    return { plan, result: null };
  });
  return { revision: outcome.revision, figureId: outcome.created.figureIds.get(key) as number, version: 1 };
}

export async function editFigure(pool: Pool, request: EditFigure): Promise<FigureResult> {
  const figureId = wholeNumber(request.figureId, 'figureId');
  const baseVersion = wholeNumber(request.baseVersion, 'baseVersion');
  const changes = changeSet(request.changes);
  const outcome = await writeDataset(pool, request, async (tx) => {
    const current = await currentFigure(tx, figureId, baseVersion);
    const before = { seriesSlug: current.seriesSlug, ...current.content };
    refuseIdentityChange(changes, before, ['seriesSlug'], 'a figure stays in its series; retire it and create it in the other one');
    const content = resolveNames(parsed(withChanges(before, changes)), await readNameAliases(tx));
    const plan = emptyPlan();
    // Editing a retired figure brings it back, as a correction; an edit that changes nothing writes nothing.
    if (current.retired || figureContentHash(content) !== current.contentHash) plan.figures.push(nextVersion(current, 'corrected', content));
    return { plan, result: current.version + plan.figures.length };
  });
  return { revision: outcome.revision, figureId, version: outcome.result };
}

export async function retireFigure(pool: Pool, request: RetireFigure): Promise<FigureResult> {
  const figureId = wholeNumber(request.figureId, 'figureId');
  const baseVersion = wholeNumber(request.baseVersion, 'baseVersion');
  const outcome = await writeDataset(pool, request, async (tx) => {
    const current = await currentFigure(tx, figureId, baseVersion);
    const plan = emptyPlan();
    if (!current.retired) plan.figures.push(nextVersion(current, 'retired', current.content));
    return { plan, result: current.version + plan.figures.length };
  });
  return { revision: outcome.revision, figureId, version: outcome.result };
}
