// Creating, editing and retiring an event: versioned like a figure, so a view pinned to a revision
// shows the events as they stood then.
import type { Pool } from 'pg';
import { diffEventContent } from '@/lib/dataset/content';
import { ConflictError, DuplicateError, NotFoundError, ValidationError } from '@/lib/dataset/errors';
import { parseEventInput, type EventDraft } from '@/lib/dataset/event-input';
import { emptyPlan, type EventWrite } from '@/lib/dataset/plan';
import { readEventState, readEventVersionContent } from '@/lib/dataset/read-state';
import type { EventState } from '@/lib/dataset/state';
import { writeDataset, type Tx } from '@/lib/dataset/write';
import { changeSet, refuseIdentityChange, wholeNumber, withChanges, type Curation, type CurationResult } from './common';

export interface CreateEvent extends Curation {
  event: unknown;
}

export interface EditEvent extends Curation {
  slug: string;
  baseVersion: number;
  changes: unknown;
}

export interface RetireEvent extends Curation {
  slug: string;
  baseVersion: number;
}

export interface EventResult extends CurationResult {
  eventId: number;
  version: number;
}

function parsed(input: unknown): EventDraft {
  const result = parseEventInput(input);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.event;
}

async function currentEvent(tx: Tx, slug: unknown, baseVersion: number): Promise<EventState> {
  const [current] = typeof slug === 'string' ? await readEventState(tx, { slugs: [slug] }) : [];
  if (!current) throw new NotFoundError('event', String(slug));
  if (current.version !== baseVersion) {
    const base = baseVersion < current.version ? await readEventVersionContent(tx, current.id, baseVersion) : null;
    if (!base) throw new ValidationError([{ field: 'baseVersion', message: `event "${current.slug}" has no version ${baseVersion}; it is at version ${current.version}` }]);
    throw new ConflictError('event', current.slug, baseVersion, current.version, current.content, diffEventContent(base, current.content));
  }
  return current;
}

const next = (current: EventState, change: EventWrite['change'], content: EventWrite['content']): EventWrite => ({
  event: { id: current.id },
  replaces: { versionId: current.versionId, version: current.version },
  change,
  content,
});

export async function createEvent(pool: Pool, request: CreateEvent): Promise<EventResult> {
  const { slug, ...content } = parsed(request.event);
  const outcome = await writeDataset(pool, request, async (tx) => {
    if ((await readEventState(tx, { slugs: [slug] })).length > 0) throw new DuplicateError('event', slug, `event "${slug}" exists already; edit it, or choose another slug`);
    const plan = emptyPlan();
    plan.events.push({ event: { slug }, replaces: null, change: 'created', content });
    return { plan, result: null };
  });
  return { revision: outcome.revision, eventId: outcome.created.eventIds.get(slug) as number, version: 1 };
}

export async function editEvent(pool: Pool, request: EditEvent): Promise<EventResult> {
  const baseVersion = wholeNumber(request.baseVersion, 'baseVersion');
  const changes = changeSet(request.changes);
  const outcome = await writeDataset(pool, request, async (tx) => {
    const current = await currentEvent(tx, request.slug, baseVersion);
    const before = { slug: current.slug, ...current.content };
    refuseIdentityChange(changes, before, ['slug'], 'links and pinned views name the event by it; retire it and create another');
    const { date, title, description, topics, source, url } = parsed(withChanges(before, changes));
    const content = { date, title, description, topics, source, url };
    const plan = emptyPlan();
    // Editing a retired event brings it back.
    if (current.retired || diffEventContent(current.content, content).length > 0) plan.events.push(next(current, 'corrected', content));
    return { plan, result: current };
  });
  return { revision: outcome.revision, eventId: outcome.result.id, version: outcome.result.version + (outcome.revision === null ? 0 : 1) };
}

export async function retireEvent(pool: Pool, request: RetireEvent): Promise<EventResult> {
  const baseVersion = wholeNumber(request.baseVersion, 'baseVersion');
  const outcome = await writeDataset(pool, request, async (tx) => {
    const current = await currentEvent(tx, request.slug, baseVersion);
    const plan = emptyPlan();
    if (!current.retired) plan.events.push(next(current, 'retired', current.content));
    return { plan, result: current };
  });
  return { revision: outcome.revision, eventId: outcome.result.id, version: outcome.result.version + (outcome.revision === null ? 0 : 1) };
}
