// What the web server knows of the database for each request: whether it answers, and the latest
// dataset revision, which keys the answer cache (lib/server/answer-cache.ts). Both come from one
// indexed read of the newest revision.
//
// A request is told what a read that started after it arrived found, so an import committed before
// the request is always seen, by this instance and by every other one. Reads are shared: while one is
// running, every request that arrives waits for the next, which starts as soon as the running one
// ends; under load a read serves hundreds of requests, and at rest each request gets its own.
//
// While a LISTEN connection is open (lib/database/revision-listener.ts, `listening(true)`), every
// commit of a new revision is announced to this process, so no read is needed: requests get the last
// known state at once and `heard(revision)` moves it on. When that connection drops, requests are
// answered by reads again until LISTEN is back; after a doubt (`suspect()`: a request met an outage,
// or this instance just wrote and must not wait for its own notification) until one read succeeds.

export type DatabaseSnapshot = { up: true; revision: number | null } | { up: false };

export interface DatabaseStateOptions {
  /** The newest revision's number (null before the first import); throws when the database is down. */
  readLatestRevision: () => Promise<number | null>;
  /** Longest wait for a read before the database counts as down. */
  timeoutMs?: number;
  /** Called when the latest revision changes, or the database goes down or comes back. */
  onChange?: (snapshot: DatabaseSnapshot, previous: DatabaseSnapshot | null) => void;
}

function same(a: DatabaseSnapshot | null, b: DatabaseSnapshot): boolean {
  if (!a || a.up !== b.up) return false;
  return !a.up || !b.up || a.revision === b.revision;
}

export class DatabaseState {
  private running: Promise<DatabaseSnapshot> | null = null;
  private queued: Promise<DatabaseSnapshot> | null = null;
  private last: DatabaseSnapshot | null = null;
  private listeningNow = false;
  private doubt = true;
  /** Bumped by every doubt, so that only a read started after it clears it. */
  private generation = 0;

  constructor(private readonly options: DatabaseStateOptions) {}

  /** The state as read after this call, or, while notifications arrive, as last announced. */
  current(): Promise<DatabaseSnapshot> {
    if (this.listeningNow && !this.doubt && this.last?.up) return Promise.resolve(this.last);
    if (!this.running) {
      this.running = this.read();
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      this.running = this.read();
      return this.running;
    });
    return this.queued;
  }

  /**
   * Whether a LISTEN connection is in place. Turning it on first reads the latest revision, so that
   * revisions committed while nobody listened are not missed.
   */
  async listening(on: boolean): Promise<void> {
    this.listeningNow = on;
    this.suspect();
    if (on) await this.current();
  }

  /** A revision announced by a notification: it is committed, and newer than any read found. */
  heard(revision: number): void {
    const previous = this.last;
    if (previous?.up && previous.revision !== null && previous.revision >= revision) return;
    this.settle({ up: true, revision });
  }

  /** The last state may be out of date: requests read until a read started from now on succeeds. */
  suspect(): void {
    this.doubt = true;
    this.generation += 1;
  }

  /** The state the last finished read found, without waiting; null before the first. */
  lastKnown(): DatabaseSnapshot | null {
    return this.last;
  }

  private read(): Promise<DatabaseSnapshot> {
    const { readLatestRevision, timeoutMs = 2000 } = this.options;
    const generation = this.generation;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const reading: Promise<DatabaseSnapshot> = Promise.race([readLatestRevision(), timeout])
      .then((revision): DatabaseSnapshot => ({ up: true, revision }), (): DatabaseSnapshot => ({ up: false }))
      .then((snapshot) => {
        clearTimeout(timer);
        if (this.running === reading) this.running = null;
        if (snapshot.up && generation === this.generation) this.doubt = false;
        this.settle(snapshot);
        return snapshot;
      });
    return reading;
  }

  private settle(snapshot: DatabaseSnapshot): void {
    const previous = this.last;
    this.last = snapshot;
    if (!same(previous, snapshot)) this.options.onChange?.(snapshot, previous);
  }
}
