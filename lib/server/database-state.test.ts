import { DatabaseState, type DatabaseSnapshot } from './database-state';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('DatabaseState', () => {
  it('answers each caller with a read that started after it asked, sharing reads between callers', async () => {
    const reads: ReturnType<typeof deferred<number | null>>[] = [];
    const state = new DatabaseState({
      readLatestRevision: () => {
        const read = deferred<number | null>();
        reads.push(read);
        return read.promise;
      },
    });
    const first = state.current();
    // Asked while the first read runs: they must not be answered by it (it may predate an import).
    const second = state.current();
    const third = state.current();
    expect(reads).toHaveLength(1);
    reads[0].resolve(1);
    expect(await first).toEqual({ up: true, revision: 1 });
    await Promise.resolve();
    expect(reads).toHaveLength(2);
    reads[1].resolve(2);
    expect(await second).toEqual({ up: true, revision: 2 });
    expect(await third).toEqual({ up: true, revision: 2 });
    expect(reads).toHaveLength(2);
  });

  it('counts the database as down when the read fails or takes too long, and says when that changes', async () => {
    const changes: [DatabaseSnapshot, DatabaseSnapshot | null][] = [];
    let behaviour: 'up' | 'fail' | 'hang' = 'up';
    const state = new DatabaseState({
      timeoutMs: 50,
      readLatestRevision: () =>
        behaviour === 'up' ? Promise.resolve(4) : behaviour === 'fail' ? Promise.reject(new Error('ECONNREFUSED')) : new Promise<never>(() => undefined),
      onChange: (snapshot, previous) => changes.push([snapshot, previous]),
    });
    expect(await state.current()).toEqual({ up: true, revision: 4 });
    expect(await state.current()).toEqual({ up: true, revision: 4 });
    behaviour = 'fail';
    expect(await state.current()).toEqual({ up: false });
    behaviour = 'hang';
    expect(await state.current()).toEqual({ up: false });
    behaviour = 'up';
    expect(await state.current()).toEqual({ up: true, revision: 4 });
    expect(changes).toEqual([
      [{ up: true, revision: 4 }, null],
      [{ up: false }, { up: true, revision: 4 }],
      [{ up: true, revision: 4 }, { up: false }],
    ]);
    expect(state.lastKnown()).toEqual({ up: true, revision: 4 });
  });
});

describe('DatabaseState while notifications arrive', () => {
  it('answers from the last announced revision without reading, and reads again once it may have missed one', async () => {
    let latest = 3;
    let reads = 0;
    const changes: DatabaseSnapshot[] = [];
    const state = new DatabaseState({
      readLatestRevision: async () => {
        reads += 1;
        return latest;
      },
      onChange: (snapshot) => changes.push(snapshot),
    });
    await state.listening(true);
    expect(reads).toBe(1);
    latest = 5;
    expect(await state.current()).toEqual({ up: true, revision: 3 });
    state.heard(5);
    state.heard(4);
    expect(await state.current()).toEqual({ up: true, revision: 5 });
    expect(reads).toBe(1);

    // A doubt (this instance wrote; a request met an outage) costs one read, then trust returns.
    latest = 6;
    state.suspect();
    expect(await state.current()).toEqual({ up: true, revision: 6 });
    expect(await state.current()).toEqual({ up: true, revision: 6 });
    expect(reads).toBe(2);
    await state.listening(false);
    await state.current();
    expect(reads).toBe(3);
    expect(changes).toEqual([{ up: true, revision: 3 }, { up: true, revision: 5 }, { up: true, revision: 6 }]);
  });

  it('does not trust notifications when the catch-up read finds the database down', async () => {
    let up = false;
    let reads = 0;
    const state = new DatabaseState({
      readLatestRevision: async () => {
        reads += 1;
        if (!up) throw new Error('ECONNREFUSED');
        return 1;
      },
    });
    await state.listening(true);
    up = true;
    expect(await state.current()).toEqual({ up: true, revision: 1 });
    expect(reads).toBe(2);
  });
});
