import { describeProgress, ndjsonReader } from './import-progress';

describe('describeProgress', () => {
  it('names each step of a dry run and of an import, with how far it is', () => {
    expect(describeProgress({ phase: 'uploading', bytes: 1024 * 1024, totalBytes: 4 * 1024 * 1024 }, true)).toEqual({
      label: 'Step 1 of 3: sending the files, 1.0 MB of 4.0 MB',
      fraction: 0.25,
    });
    expect(describeProgress({ phase: 'validating', file: 'figures.csv', rows: 5000, totalRows: 100_000 }, false)).toEqual({
      label: 'Step 2 of 4: reading figures.csv, 5,000 of about 100,000 rows',
      fraction: 0.05,
    });
    expect(describeProgress({ phase: 'validating', file: 'figures.csv', rows: 200, totalRows: 200 }, true).label).toBe('Step 2 of 3: reading figures.csv, 200 of 200 rows');
    expect(describeProgress({ phase: 'checking' }, true)).toEqual({ label: 'Step 3 of 3: checking the rows against the data', fraction: null });
    expect(describeProgress({ phase: 'writing', rows: 25_000, totalRows: 100_000 }, false)).toEqual({
      label: 'Step 4 of 4: writing 25,000 of 100,000 figures as one revision',
      fraction: 0.25,
    });
  });

  it('says it cannot tell how far while the size is unknown', () => {
    expect(describeProgress({ phase: 'uploading', bytes: 10, totalBytes: 0 }, true).fraction).toBeNull();
  });
});

describe('ndjsonReader', () => {
  it('returns each line once, when it is complete, as the text grows', () => {
    const read = ndjsonReader();
    expect(read('{"progress":{"phase":"checking"}}\n{"res')).toEqual([{ progress: { phase: 'checking' } }]);
    expect(read('{"progress":{"phase":"checking"}}\n{"res')).toEqual([]);
    expect(read('{"progress":{"phase":"checking"}}\n{"result":{"revision":3}}\n')).toEqual([{ result: { revision: 3 } }]);
  });
});
