import type { FigureDraft } from './figure-input';
import { figureContentHash, figureKey } from './figure-key';
import { planImport, type ImportRows, type ImportState } from './plan-import';
import { noAliases, type FigureState, type SeriesState } from './state';

const TROOPS: SeriesState = {
  id: 7,
  slug: 'troops-deployed',
  unit: 'troops',
  kind: 'cumulative',
  retiredRev: null,
  versionId: 70,
  version: 1,
  content: { title: 'Troops sent', topic: 'troops', description: '' },
};

function draft(overrides: Partial<FigureDraft> = {}): FigureDraft {
  return {
    seriesSlug: 'troops-deployed',
    value: '12000',
    qualifier: 'more_than',
    valueLow: null,
    valueHigh: null,
    periodStart: { date: '2024-10-01', precision: 'month' },
    periodEnd: { date: '2025-01-01', precision: 'month' },
    claimant: { name: 'Dorothy Shea', organization: 'US Government' },
    via: null,
    publisher: { name: 'UPI' },
    url: 'https://www.upi.com/x',
    publicationTitle: null,
    publishedOn: { date: '2025-01-13', precision: 'day' },
    quote: null,
    note: null,
    ...overrides,
  };
}

function stored(figure: FigureDraft, overrides: Partial<FigureState> = {}): FigureState {
  const { seriesSlug, ...content } = figure;
  return {
    figureId: 1,
    key: figureKey(figure),
    seriesId: TROOPS.id,
    seriesSlug,
    versionId: 10,
    version: 1,
    retired: false,
    contentHash: figureContentHash(content),
    content,
    ...overrides,
  };
}

function state(figures: FigureState[] = [], overrides: Partial<ImportState> = {}): ImportState {
  return {
    series: new Map([[TROOPS.slug, TROOPS]]),
    figures: new Map(figures.map((f) => [f.key, f])),
    events: new Map(),
    aliases: noAliases(),
    headlinesSet: true,
    ...overrides,
  };
}

const rows = (...figures: FigureDraft[]): ImportRows => ({
  series: [],
  figures: figures.map((figure, i) => ({ rowNumber: i + 2, key: figureKey(figure), figure })),
  events: [],
});

describe('planImport', () => {
  it('creates a figure the database does not have, and leaves an unchanged one alone', () => {
    const known = draft();
    const fresh = draft({ claimant: { name: 'Someone else', organization: 'Another body' } });
    const { plan, summary, issues } = planImport(rows(known, fresh), state([stored(known)]), { mode: 'update' });
    expect(issues).toEqual([]);
    expect(summary).toMatchObject({ figuresCreated: 1, figuresUnchanged: 1, figuresCorrected: 0 });
    expect(plan.figures).toEqual([
      expect.objectContaining({ figure: { key: figureKey(fresh), seriesSlug: 'troops-deployed' }, replaces: null, change: 'created' }),
    ]);
  });

  it('corrects a changed figure as the next version of it, and brings a retired one back', () => {
    const before = draft();
    const after = draft({ value: '12500', qualifier: 'approx' });
    const corrected = planImport(rows(after), state([stored(before, { version: 3, versionId: 33 })]), { mode: 'update' });
    expect(corrected.plan.figures).toEqual([
      expect.objectContaining({ figure: { id: 1, seriesId: 7 }, replaces: { versionId: 33, version: 3 }, change: 'corrected' }),
    ]);
    expect(corrected.plan.figures[0].content).toMatchObject({ value: '12500', qualifier: 'approx' });

    const restored = planImport(rows(before), state([stored(before, { retired: true })]), { mode: 'update' });
    expect(restored.summary).toMatchObject({ figuresCorrected: 1 });
  });

  it('in add-only mode never changes what the database has, however the row differs', () => {
    const before = draft();
    const { plan, summary } = planImport(rows(draft({ value: '1' })), state([stored(before)]), { mode: 'add-only' });
    expect(plan.figures).toEqual([]);
    expect(summary).toMatchObject({ figuresUnchanged: 1, figuresCorrected: 0 });
  });

  it('retires the figures of a complete file’s series that it no longer names', () => {
    const kept = draft();
    const gone = draft({ publisher: { name: 'Gone' } });
    const other = { ...stored(draft({ seriesSlug: 'other' }), { figureId: 3, seriesId: 8 }), seriesSlug: 'other' };
    const current = state([stored(kept), stored(gone, { figureId: 2, versionId: 20 }), other]);
    const { plan, summary } = planImport(rows(kept), current, { mode: 'update', retireMissing: true });
    expect(summary).toMatchObject({ figuresRetired: 1, figuresUnchanged: 1 });
    expect(plan.figures).toEqual([expect.objectContaining({ figure: { id: 2, seriesId: 7 }, change: 'retired', replaces: { versionId: 20, version: 1 } })]);
  });

  it('names the row of a figure whose series is unknown or retired', () => {
    const retired = state([], { series: new Map([[TROOPS.slug, { ...TROOPS, retiredRev: 4 }]]) });
    expect(planImport(rows(draft({ seriesSlug: 'nope' })), state(), { mode: 'update' }).issues).toEqual([
      { file: 'figures', row: 2, column: 'series', message: '"nope" is not a known series; add it to the series file first' },
    ]);
    expect(planImport(rows(draft()), retired, { mode: 'update' }).issues).toEqual([
      { file: 'figures', row: 2, column: 'series', message: '"troops-deployed" was retired in revision 4; its figures cannot change' },
    ]);
  });

  it('refuses a series whose unit would change, and updates its title as a new version', () => {
    const series = (unit: string, title: string): ImportRows => ({
      series: [{ rowNumber: 5, slug: 'troops-deployed', title, unit, topic: 'troops', kind: 'cumulative', description: '' }],
      figures: [],
      events: [],
    });
    expect(planImport(series('soldiers', 'Troops sent'), state(), { mode: 'update' }).issues).toEqual([
      expect.objectContaining({ file: 'series', row: 5, column: 'unit' }),
    ]);
    const renamed = planImport(series('troops', 'Troops sent to Russia'), state(), { mode: 'update' });
    expect(renamed.plan.series).toEqual([
      { series: { id: 7 }, replaces: { versionId: 70, version: 1 }, change: 'corrected', content: { title: 'Troops sent to Russia', topic: 'troops', description: '' } },
    ]);
    expect(planImport(series('troops', 'Troops sent to Russia'), state(), { mode: 'add-only' }).plan.series).toEqual([]);
  });

  it('writes a merged-away claimant’s figures under the claimant that took them over', () => {
    const aliases = noAliases();
    aliases.claimants.set('Dorothy Shea\u0000US Government', { name: 'Dorothy Shea', organization: 'United States' });
    const { plan } = planImport(rows(draft()), state([], { aliases }), { mode: 'update' });
    expect(plan.figures[0].content.claimant).toEqual({ name: 'Dorothy Shea', organization: 'United States' });
    // and a row naming the old body is unchanged against a version already under the survivor
    const survivorVersion = stored(draft({ claimant: { name: 'Dorothy Shea', organization: 'United States' } }));
    const unchanged = planImport(rows(draft()), state([{ ...survivorVersion, key: figureKey(draft()) }], { aliases }), { mode: 'update' });
    expect(unchanged.summary).toMatchObject({ figuresUnchanged: 1, figuresCorrected: 0 });
  });

  it('sets the default headlines only when none were ever set, and only those that exist', () => {
    const options = { mode: 'add-only' as const, defaultHeadlines: ['troops-deployed', 'missing-series'] };
    expect(planImport(rows(), state([], { headlinesSet: false }), options).plan.headlines).toEqual(['troops-deployed']);
    expect(planImport(rows(), state([], { headlinesSet: true }), options).plan.headlines).toBeNull();
  });
});
