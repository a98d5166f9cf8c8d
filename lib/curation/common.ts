// What every curation operation shares: who asks and why, and the checks of an edit's starting point.
import { ValidationError } from '@/lib/dataset/errors';
import type { Actor } from '@/lib/dataset/write';

/** Every operation is signed and explained: it becomes one dataset revision with this author and reason. */
export interface Curation {
  actor: Actor;
  reason: string;
}

/** What an operation wrote: the revision, or null when nothing changed (and nothing was written). */
export interface CurationResult {
  revision: number | null;
}

/** A positive whole number sent as an id or a version, or a ValidationError naming the field. */
export function wholeNumber(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new ValidationError([{ field, message: `must be a whole number from 1 up, not ${JSON.stringify(value) ?? 'nothing'}` }]);
  }
  return value;
}

/** The fields of a change set, as an object; anything else is refused. */
export function changeSet(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError([{ field: 'changes', message: 'must be an object of the fields that change, named as the read API names them' }]);
  }
  return value as Record<string, unknown>;
}

/**
 * The current record with the changes laid over it: a change to a nested object (the claimant)
 * changes only the fields it names, as a JSON merge patch does.
 */
export function withChanges(current: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    const before = current[key];
    const nested = value !== null && typeof value === 'object' && !Array.isArray(value) && before !== null && typeof before === 'object' && !('date' in before);
    merged[key] = nested ? { ...(before as Record<string, unknown>), ...(value as Record<string, unknown>) } : value;
  }
  return merged;
}

/** Refuses a change to a field that identifies the record and so cannot change. */
export function refuseIdentityChange(changes: Record<string, unknown>, current: Record<string, unknown>, fields: readonly string[], why: string): void {
  const changed = fields.filter((field) => field in changes && changes[field] !== current[field]);
  if (changed.length > 0) throw new ValidationError(changed.map((field) => ({ field, message: `cannot change: ${why}` })));
}
