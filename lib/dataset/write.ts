// The one way the dataset changes. writeDataset opens a transaction, takes the dataset write lock
// (so writers queue and a plan's reading of the state holds until it is applied), lets the caller
// read the state and make a plan, and, unless the plan changes nothing, allocates the next revision
// number and applies the plan as that revision. Everything commits together or not at all; a write
// that fails or is killed leaves no row behind and, since the number is allocated inside the
// transaction rather than from a sequence, no gap in the revision numbers either.
import { sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import type { Pool, PoolClient } from 'pg';
import { applyPlan, type Applied, type OnWritten } from './apply';
import { ValidationError } from './errors';
import type { FieldIssue } from './field-rules';
import { isEmptyPlan, type WritePlan } from './plan';
import { textProblem } from './text-rules';

/** Who writes: a signed-in account (its id) or a script, and the name the corrections log shows. */
export interface Actor {
  userId: string | null;
  name: string;
}

export interface RevisionMeta {
  actor: Actor;
  /** Why: shown with the revision in the public corrections log. Required. */
  reason: string;
  /** Where the change came from, e.g. the files of an import. */
  source?: string | null;
}

// The key every dataset writer locks. The same number the importer always used, so an older importer
// still running against the same database queues behind this one rather than beside it.
export const DATASET_WRITE_LOCK = 7_301_001;

const LOCK_WAIT_MS = 60_000;
const STATEMENT_MS = 300_000;
const MAX_REASON = 2_000;
const MAX_NAME = 200;

/** A statement runner inside the write's transaction: parameterized SQL only, as Prisma.sql builds it. */
export interface Tx {
  query<Row = Record<string, unknown>>(statement: Sql): Promise<Row[]>;
}

function txOn(client: PoolClient): Tx {
  return {
    query: async <Row>(statement: Sql) => (await client.query(statement.text, statement.values)).rows as Row[],
  };
}

/** Runs `work` in a transaction on one connection of the pool: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: Pool, work: (tx: Tx) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query(options.readOnly ? 'BEGIN READ ONLY' : 'BEGIN');
    const result = await work(txOn(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

function checkMeta(meta: RevisionMeta): RevisionMeta {
  const issues: FieldIssue[] = [];
  const reason = typeof meta.reason === 'string' ? meta.reason.trim() : '';
  const name = typeof meta.actor?.name === 'string' ? meta.actor.name.trim() : '';
  if (reason === '') issues.push({ field: 'reason', message: 'is empty; say why the data changes (it is shown with the change)' });
  else if (reason.length > MAX_REASON) issues.push({ field: 'reason', message: `is longer than ${MAX_REASON} characters` });
  else {
    const problem = textProblem(reason, { multiline: true });
    if (problem) issues.push({ field: 'reason', message: problem });
  }
  if (name === '') issues.push({ field: 'author', message: 'is empty; every change is signed' });
  else if (name.length > MAX_NAME) issues.push({ field: 'author', message: `is longer than ${MAX_NAME} characters` });
  else {
    const problem = textProblem(name, { multiline: false });
    if (problem) issues.push({ field: 'author', message: problem });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { ...meta, reason, actor: { userId: meta.actor.userId, name } };
}

/** The next revision number, inserted at once: only the lock holder can be here, so max + 1 is free. */
async function allocateRevision(tx: Tx, meta: RevisionMeta): Promise<number> {
  const [row] = await tx.query<{ id: number }>(sql`
    INSERT INTO dataset_revisions (id, author, author_id, reason, source)
    SELECT COALESCE(MAX(id), 0) + 1, ${meta.actor.name}, ${meta.actor.userId}, ${meta.reason}, ${meta.source ?? null}
    FROM dataset_revisions
    RETURNING id`);
  return row.id;
}

export interface WriteOutcome<T> {
  /** The revision written, or null when the plan changed nothing. */
  revision: number | null;
  result: T;
  /** The ids of the records the write created. */
  created: Applied;
}

const NOTHING_CREATED: Applied = { figureIds: new Map(), seriesIds: new Map(), eventIds: new Map() };

/**
 * Runs `build` under the lock: it reads what it needs through `tx` and returns the plan and whatever
 * the caller wants back (a report, the id of a new record). It may throw to refuse the write.
 */
export async function writeDataset<T>(
  pool: Pool,
  meta: RevisionMeta,
  build: (tx: Tx) => Promise<{ plan: WritePlan; result: T }>,
  onWritten?: OnWritten,
): Promise<WriteOutcome<T>> {
  const checked = checkMeta(meta);
  return inTransaction(pool, async (tx) => {
    // A write that cannot get the lock within the wait, or runs past its time, fails and rolls back.
    // Room for the hash joins of a 100,000-row import in memory, for this transaction only.
    await tx.query(
      sql`SELECT set_config('lock_timeout', ${`${LOCK_WAIT_MS}ms`}, true), set_config('statement_timeout', ${`${STATEMENT_MS}ms`}, true),
        set_config('work_mem', '64MB', true)`,
    );
    await tx.query(sql`SELECT pg_advisory_xact_lock(${DATASET_WRITE_LOCK})`);
    const { plan, result } = await build(tx);
    if (isEmptyPlan(plan)) return { revision: null, result, created: NOTHING_CREATED };
    const revision = await allocateRevision(tx, checked);
    const created = await applyPlan(tx, plan, revision, onWritten);
    return { revision, result, created };
  });
}
