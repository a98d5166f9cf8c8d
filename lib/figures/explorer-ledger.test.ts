import { findRepeats, groupCompetingEstimates } from './explorer-ledger';
import { parsePartialDate } from './period';
import type { FigureView, PartialDate } from './types';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const CLAIMANTS = {
  nis: { id: 1, name: "South Korea's National Intelligence Service", organization: "South Korea's National Intelligence Service" },
  us: { id: 2, name: 'Dorothy Shea', organization: 'US Government' },
  ua: { id: 3, name: 'Ukrainian officials', organization: 'Government of Ukraine' },
  hur: { id: 4, name: 'Vadym Skibitskyi', organization: "Ukraine's Defense Intelligence (HUR)" },
  unnamed: { id: 5, name: 'unnamed (as reported)', organization: 'unknown' },
};

let nextId = 1;
function figure(
  overrides: Partial<Omit<FigureView, 'claimant' | 'publisher' | 'publishedOn'>> & {
    who: keyof typeof CLAIMANTS;
    start?: string;
    end?: string;
    publisher?: string;
    published?: string;
  },
): FigureView {
  const { who, start, end, publisher = 'Yonhap', published, ...rest } = overrides;
  const id = nextId++;
  return {
    figureId: id,
    versionId: id,
    version: 1,
    seriesSlug: 'troops-deployed',
    value: '1000',
    qualifier: 'approx',
    valueLow: null,
    valueHigh: null,
    periodStart: start ? date(start) : null,
    periodEnd: end ? date(end) : null,
    claimant: CLAIMANTS[who],
    via: null,
    publisher: { id: id + 100, name: publisher },
    url: null,
    publicationTitle: null,
    publishedOn: published ? date(published) : null,
    quote: null,
    note: null,
    revision: 1,
    ...rest,
  };
}

describe('findRepeats', () => {
  it('marks a later report of the same claim by the same claimant as a repeat of the first', () => {
    const first = figure({ who: 'hur', value: '6500000', start: '2023', end: '2025-11', publisher: 'TSN.ua', published: '2025-11-20' });
    const later = figure({ who: 'hur', value: '6500000', start: '2023', end: '2025-11', publisher: 'Reuters', published: '2025-11-21' });
    expect(findRepeats([later, first])).toEqual(new Map([[later.figureId, first.figureId]]));
  });

  it('treats a report that leaves out a date as the same claim, and the more complete one as the original', () => {
    const tsn = figure({ who: 'hur', value: '6500000', start: '2023', end: '2025-11', publisher: 'TSN.ua' });
    const digest = figure({ who: 'hur', value: '6500000', start: '2023', publisher: 'News digest' });
    expect(findRepeats([digest, tsn])).toEqual(new Map([[digest.figureId, tsn.figureId]]));
  });

  it('does not merge different values, qualifiers, dates, series or claimants', () => {
    const base = { who: 'nis' as const, value: '3000', end: '2024-10-23', published: '2024-10-23' };
    const figures = [
      figure(base),
      figure({ ...base, value: '3100' }),
      figure({ ...base, qualifier: 'more_than' }),
      figure({ ...base, end: '2024-10-24' }),
      figure({ ...base, seriesSlug: 'troops-planned' }),
      figure({ ...base, who: 'us' }),
    ];
    expect(findRepeats(figures).size).toBe(0);
  });

  it('never merges claims by an unnamed source', () => {
    const a = figure({ who: 'unnamed', value: '1000', publisher: 'A' });
    const b = figure({ who: 'unnamed', value: '1000', publisher: 'B' });
    expect(findRepeats([a, b]).size).toBe(0);
  });
});

describe('groupCompetingEstimates', () => {
  const us = figure({ who: 'us', value: '12000', qualifier: 'more_than', start: '2024-10', end: '2025-01' });
  const nisJan = figure({ who: 'nis', value: '11000', start: '2024-10', end: '2025-01-13' });
  const ua = figure({ who: 'ua', value: '14000', start: '2024-10', end: '2025-04' });
  const nisApr = figure({ who: 'nis', value: '15000', start: '2024-10', end: '2025-04-30' });
  const alone = figure({ who: 'nis', value: '13000', start: '2024-10', end: '2025-09-02' });

  it('sets estimates of different bodies about the same month side by side, and leaves single-source periods out', () => {
    const periods = groupCompetingEstimates([us, nisJan, ua, nisApr, alone], 'cumulative', new Map());
    expect(periods.map((p) => p.label)).toEqual(['as of Jan 2025', 'as of Apr 2025']);
    expect(periods[0].entries.map((e) => e.figure.figureId)).toEqual([nisJan.figureId, us.figureId]);
    expect(periods[0].claimantCount).toBe(2);
  });

  it('says whether the estimates can all be true at once', () => {
    const [jan, apr] = groupCompetingEstimates([us, nisJan, ua, nisApr], 'cumulative', new Map());
    // "more than 12,000" and "about 11,000" cannot both hold; "about 14,000" and "about 15,000" differ.
    expect(jan.compatible).toBe(false);
    expect(apr.compatible).toBe(false);
    const agree = groupCompetingEstimates(
      [figure({ who: 'ua', value: '3000', qualifier: 'more_than', end: '2024-12-23' }), figure({ who: 'nis', value: '3500', qualifier: 'exact', end: '2024-12-30' })],
      'cumulative',
      new Map(),
    );
    expect(agree[0].compatible).toBe(true);
  });

  it('compares an estimate known only to the year with others known only to that year, not with every month', () => {
    const hurYear = figure({ who: 'hur', value: '12000', end: '2025' });
    const usYear = figure({ who: 'us', value: '14000', end: '2025' });
    const periods = groupCompetingEstimates([hurYear, usYear, nisJan, nisApr], 'cumulative', new Map());
    expect(periods.map((p) => [p.label, p.entries.length])).toEqual([['as of 2025', 2]]);
  });

  it('folds repeats into the report they repeat, so a repeat is not a second voice', () => {
    const original = figure({ who: 'nis', value: '15000', end: '2025-04-30', publisher: 'KBS News', published: '2025-05-02' });
    const repeat = figure({ who: 'nis', value: '15000', end: '2025-04-30', publisher: 'Yonhap', published: '2025-05-03' });
    const repeats = findRepeats([original, repeat]);
    expect(groupCompetingEstimates([original, repeat], 'cumulative', repeats)).toEqual([]);
    const periods = groupCompetingEstimates([original, repeat, ua], 'cumulative', repeats);
    expect(periods[0].entries.map((e) => [e.figure.figureId, e.repeats.map((r) => r.figureId)])).toEqual([
      [ua.figureId, []],
      [original.figureId, [repeat.figureId]],
    ]);
  });

  it('compares flows only over the same period', () => {
    const year = figure({ who: 'hur', value: '2000000', start: '2024', end: '2024', seriesSlug: 'shells-delivered-in-period' });
    const sameYear = figure({ who: 'nis', value: '2500000', start: '2024', end: '2024', seriesSlug: 'shells-delivered-in-period' });
    const month = figure({ who: 'us', value: '100000', start: '2024-09', end: '2024-09', seriesSlug: 'shells-delivered-in-period' });
    const periods = groupCompetingEstimates([year, sameYear, month], 'flow', new Map());
    expect(periods.map((p) => [p.label, p.entries.length])).toEqual([['in 2024', 2]]);
  });

  it('leaves out figures that cannot be placed in time', () => {
    const undated = figure({ who: 'ua', value: '14000' });
    expect(groupCompetingEstimates([undated, nisApr], 'cumulative', new Map())).toEqual([]);
  });
});
