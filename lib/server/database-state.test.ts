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
