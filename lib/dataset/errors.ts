// What a write can be refused for, as types a form, the API and the CLI can each render: bad input
// (field by field), a record that does not exist, and a lost update (someone saved in between).
import type { FieldChange } from './content';
import type { FieldIssue } from './field-rules';

export type RecordKind = 'figure' | 'series' | 'event' | 'claimant' | 'publisher' | 'headlines';

/** The input is wrong: each issue names the field (as the read API names it) and what is wrong. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message)).join('; '));
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly id: number | string,
  ) {
    super(`there is no ${kind} ${typeof id === 'number' ? `#${id}` : `"${id}"`}`);
    this.name = 'NotFoundError';
  }
}

/**
 * The edit started from `baseVersion`, but the record has moved on to `currentVersion` since:
 * saving would silently undo someone else's change. `changes` says what they changed, field by
 * field, from the base to the current version, so the form can show it; `current` is the current
 * content to start again from.
 */
export class ConflictError<T = unknown> extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly id: number | string,
    readonly baseVersion: number,
    readonly currentVersion: number,
    readonly current: T,
    readonly changes: FieldChange[],
  ) {
    super(
      `${kind} ${typeof id === 'number' ? `#${id}` : `"${id}"`} was changed since version ${baseVersion} (it is at version ${currentVersion}` +
        `${changes.length > 0 ? `: ${changes.map((c) => c.field).join(', ')}` : ''}); start from the current version`,
    );
    this.name = 'ConflictError';
  }
}

/** The write would break a rule of the data (a figure that exists already, a merge into itself...). */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'RuleError';
  }
}

/** The record exists already: a create that would make a second of it. */
export class DuplicateError extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly existing: number | string,
    message: string,
  ) {
    super(message);
    this.name = 'DuplicateError';
  }
}
