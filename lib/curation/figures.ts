// Creating, editing and retiring one figure, as an editor does in a form or a script through the API.
// Each is one dataset revision written through the one write path, or nothing when nothing changes.
import type { Pool } from 'pg';
import { diffFigureContent } from '@/lib/dataset/content';
import { ConflictError, DuplicateError, NotFoundError, ValidationError } from '@/lib/dataset/errors';
import type { FieldIssue } from '@/lib/dataset/field-rules';
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
  const { revision, figureIds } = await createFigures(pool, { ...request, figures: [request.figure] });
  return { revision, figureId: figureIds[0], version: 1 };
}

export interface CreateFigures extends Curation {
  /** The figures, as the read API names their fields; at most MAX_FIGURES_PER_CREATE. */
  figures: unknown[];
}

/** The most figures one create takes: an article's accepted candidates, not an import. */
export const MAX_FIGURES_PER_CREATE = 200;

/**
 * Several new figures as one revision, as the extraction assistant saves an article's accepted
 * candidates: all of them or, if one is refused, none. Problems name the figure: "figures[2].value".
 */
export async function createFigures(pool: Pool, request: CreateFigures): Promise<{ revision: number | null; figureIds: number[] }> {
  if (!Array.isArray(request.figures) || request.figures.length === 0 || request.figures.length > MAX_FIGURES_PER_CREATE) {
    throw new ValidationError([{ field: 'figures', message: `must be a list of 1 to ${MAX_FIGURES_PER_CREATE} figures` }]);
  }
  const single = request.figures.length === 1;
  const issues: FieldIssue[] = [];
  const drafts: FigureDraft[] = [];
  for (const [index, input] of request.figures.entries()) {
    const result = parseFigureInput(input);
    if (result.ok) drafts.push(result.figure);
    else for (const issue of result.issues) issues.push(single ? issue : { ...issue, field: `figures[${index}].${issue.field}` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const keys = drafts.map((draft) => figureKey(draft));
  const repeated = keys.findIndex((key, index) => keys.indexOf(key) !== index);
  if (repeated >= 0) throw new ValidationError([{ field: `figures[${repeated}]`, message: `is the same figure as figures[${keys.indexOf(keys[repeated])}]` }]);
  const outcome = await writeDataset(pool, request, async (tx) => {
    for (const slug of new Set(drafts.map((draft) => draft.seriesSlug))) await requireSeries(tx, slug);
    const existing = await readFigureState(tx, { keys });
    const aliases = await readNameAliases(tx);
    const plan = emptyPlan();
    for (const [index, draft] of drafts.entries()) {
      const found = existing.get(keys[index]);
      if (found) {
        throw new DuplicateError(
          'figure',
          found.figureId,
          `${single ? '' : `figures[${index}]: `}figure #${found.figureId} already has this series, claimant, publisher, link, date and period; edit it instead`,
        );
      }
      const content = resolveNames(draft, aliases);
      plan.figures.push({ figure: { key: keys[index], seriesSlug: draft.seriesSlug }, replaces: null, change: 'created', content, contentHash: figureContentHash(content) });
    }
    return { plan, result: null };
  });
  return { revision: outcome.revision, figureIds: keys.map((key) => outcome.created.figureIds.get(key) as number) };
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
