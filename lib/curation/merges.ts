// Two names for one body: merging a claimant (or publisher) into another. Every current figure
// version naming the merged-away one gets a new version naming the survivor, so each figure keeps
// its history; the merge is recorded, so old links to the merged-away page and later imports that
// still use the old name find the survivor. One revision, like any other change.
import type { Pool } from 'pg';
import { NotFoundError, RuleError } from '@/lib/dataset/errors';
import { figureContentHash } from '@/lib/dataset/figure-key';
import { emptyPlan, type WritePlan } from '@/lib/dataset/plan';
import { readClaimants, readFiguresById, readFiguresCiting, readPublishers, type PartyState } from '@/lib/dataset/read-state';
import { inTransaction, writeDataset, type Tx } from '@/lib/dataset/write';
import type { FigureContent } from '@/lib/dataset/figure-input';
import { wholeNumber, type Curation, type CurationResult } from './common';

export interface Merge extends Curation {
  /** The one merged away. */
  fromId: number;
  /** The one that stays. */
  intoId: number;
}

export interface MergeResult extends CurationResult {
  /** How many figures got a new version naming the survivor. */
  figuresMoved: number;
}

export type PartyKind = 'claimant' | 'publisher';

function checkPair(kind: PartyKind, parties: Map<number, PartyState>, fromId: number, intoId: number): { from: PartyState; into: PartyState } {
  if (fromId === intoId) throw new RuleError(`a ${kind} cannot be merged into itself`, 'intoId');
  const from = parties.get(fromId);
  const into = parties.get(intoId);
  if (!from) throw new NotFoundError(kind, fromId);
  if (!into) throw new NotFoundError(kind, intoId);
  if (from.mergedInto !== null) throw new RuleError(`${kind} #${fromId} was merged into #${from.mergedInto} already`, 'fromId');
  if (into.mergedInto !== null) throw new RuleError(`${kind} #${intoId} was merged into #${into.mergedInto}; merge into that one`, 'intoId');
  return { from, into };
}

const readParties = (tx: Tx, kind: PartyKind, ids: number[]) => (kind === 'claimant' ? readClaimants(tx, ids) : readPublishers(tx, ids));
const citingOf = (kind: PartyKind, id: number) => (kind === 'claimant' ? { claimantId: id } : { publisherId: id });

export interface MergePreview {
  from: PartyState;
  into: PartyState;
  /** How many figures would get a new version naming the survivor, as things stand now. */
  figures: number;
}

/** What a merge would do, checked as the merge checks it, for a form to ask for confirmation; writes nothing. */
export async function previewMerge(pool: Pool, kind: PartyKind, request: { fromId: unknown; intoId: unknown }): Promise<MergePreview> {
  const fromId = wholeNumber(request.fromId, 'fromId');
  const intoId = wholeNumber(request.intoId, 'intoId');
  return inTransaction(
    pool,
    async (tx) => {
      const pair = checkPair(kind, await readParties(tx, kind, [fromId, intoId]), fromId, intoId);
      return { ...pair, figures: (await readFiguresCiting(tx, citingOf(kind, fromId))).length };
    },
    { readOnly: true },
  );
}

async function merge(pool: Pool, kind: PartyKind, request: Merge): Promise<MergeResult> {
  const fromId = wholeNumber(request.fromId, 'fromId');
  const intoId = wholeNumber(request.intoId, 'intoId');
  const outcome = await writeDataset(pool, request, async (tx: Tx) => {
    const { into } = checkPair(kind, await readParties(tx, kind, [fromId, intoId]), fromId, intoId);
    const rename = (content: FigureContent): FigureContent =>
      kind === 'claimant'
        ? { ...content, claimant: { name: into.name, organization: into.organization as string } }
        : { ...content, publisher: { name: into.name } };
    const citing = await readFiguresCiting(tx, citingOf(kind, fromId));
    const plan: WritePlan = emptyPlan();
    for (const figure of (await readFiguresById(tx, citing)).values()) {
      const content = rename(figure.content);
      plan.figures.push({
        figure: { id: figure.figureId, seriesId: figure.seriesId },
        replaces: { versionId: figure.versionId, version: figure.version },
        change: 'corrected',
        content,
        contentHash: figureContentHash(content),
      });
    }
    (kind === 'claimant' ? plan.claimantMerges : plan.publisherMerges).push({ fromId, intoId });
    return { plan, result: plan.figures.length };
  });
  return { revision: outcome.revision, figuresMoved: outcome.result };
}

export const mergeClaimants = (pool: Pool, request: Merge) => merge(pool, 'claimant', request);
export const mergePublishers = (pool: Pool, request: Merge) => merge(pool, 'publisher', request);
