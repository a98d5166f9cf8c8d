import { layoutMiniChart } from '@/lib/previews/mini-chart';
import {
  ALL_DATES,
  buildExplorerModel,
  buildPoints,
  chartMarks,
  claimantStyles,
  figureYears,
  foldRepeats,
  groupByClaimant,
  INDEX_AXIS_LABEL,
  notDrawnGroups,
  onePanelView,
  panelGroups,
  placeSeries,
  sharedValueAxes,
  summarise,
  tableRows,
  timeDomain,
  type ExplorerEvent,
  type ExplorerInput,
} from './explorer-series';
import { NO_DATE_REASON, rangeSpan } from './explorer-range';
import { NO_END_DATE_REASON } from './explorer-range';
import { parsePartialDate } from './period';
import type { FigureView, PartialDate, SeriesView } from './types';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const utc = (text: string) => Date.parse(`${text}T00:00:00.000Z`);

function series(slug: string, unit: string, kind: SeriesView['kind'], id: number): SeriesView {
  return { id, slug, title: slug.replace(/-/g, ' '), unit, topic: 'troops', kind, description: '' };
}

const deployed = series('troops-deployed', 'troops', 'cumulative', 1);
const casualties = series('troop-casualties', 'troops', 'cumulative', 2);
const reinforcements = series('troop-reinforcements', 'troops', 'flow', 3);
const shells: SeriesView = { ...series('shells-delivered', 'shells', 'cumulative', 4), topic: 'munitions' };

const CLAIMANTS = {
  nis: { id: 1, name: "South Korea's National Intelligence Service", organization: "South Korea's National Intelligence Service" },
  us: { id: 2, name: 'Dorothy Shea', organization: 'US Government' },
  ua: { id: 3, name: 'Volodymyr Zelensky', organization: 'Government of Ukraine' },
  hur: { id: 4, name: 'Vadym Skibitskyi', organization: "Ukraine's Defense Intelligence (HUR)" },
};

let nextId = 1;
function figure(
  of: SeriesView,
  who: keyof typeof CLAIMANTS,
  value: string,
  overrides: Partial<Omit<FigureView, 'publisher'>> & { start?: string; end?: string; publisher?: string; published?: string } = {},
): FigureView {
  const { start, end, publisher = 'Yonhap', published, ...rest } = overrides;
  const id = nextId++;
  return {
    figureId: id,
    versionId: id,
    version: 1,
    seriesSlug: of.slug,
    value,
    qualifier: 'approx',
    valueLow: null,
    valueHigh: null,
    periodStart: start ? date(start) : null,
    periodEnd: end ? date(end) : null,
    claimant: CLAIMANTS[who],
    via: null,
    publisher: { id: 100 + id, name: publisher },
    url: `https://example.org/${id}`,
    publicationTitle: null,
    publishedOn: published ? date(published) : null,
    quote: null,
    note: null,
    revision: 1,
    ...rest,
  };
}

const figures = {
  nisOct: figure(deployed, 'nis', '3000', { start: '2024-10-08', end: '2024-10-23' }),
  usJan: figure(deployed, 'us', '12000', { qualifier: 'more_than', start: '2024-10', end: '2025-01' }),
  nisApr: figure(deployed, 'nis', '15000', { start: '2024-10', end: '2025-04-30', publisher: 'KBS News', published: '2025-05-02' }),
  nisAprRepeat: figure(deployed, 'nis', '15000', { start: '2024-10', end: '2025-04-30', publisher: 'Yonhap', published: '2025-05-03' }),
  uaDec: figure(casualties, 'ua', '3000', { qualifier: 'more_than', start: '2024-11', end: '2024-12-23' }),
  uaMar: figure(casualties, 'ua', '4000', { start: '2024-12', end: '2025-03-27' }),
  reinforcement: figure(reinforcements, 'nis', '3000', { start: '2025-01', end: '2025-02' }),
  shellsRange: figure(shells, 'hur', '5000000', { qualifier: 'range', valueLow: '4000000', valueHigh: '6000000', start: '2023-09', end: '2025-03' }),
  shellsSince: figure(shells, 'hur', '6500000', { start: '2023' }),
  shellsUpTo: figure(shells, 'nis', '4800000', { qualifier: 'up_to', start: '2023-08', end: '2024-06-14' }),
};

const events: ExplorerEvent[] = [
  { slug: 'first-troops', date: date('2024-10-23'), title: 'First troops counted', description: '', topics: ['troops'], source: 'NIS (DW)', url: null },
  { slug: 'kursk', date: date('2025-04'), title: 'Kursk offensive ends', description: '', topics: ['troops'], source: 'Reuters', url: null },
  { slug: 'old', date: date('2020-01-01'), title: 'Out of range', description: '', topics: ['troops'], source: 'x', url: null },
];

function build(overrides: Partial<ExplorerInput> = {}) {
  return buildExplorerModel({
    series: [deployed, casualties, reinforcements, shells],
    figures: Object.values(figures),
    events,
    range: { from: null, to: null },
    mode: 'absolute',
    ...overrides,
  });
}

describe('buildExplorerModel: panels and axes', () => {
  it('draws one panel per series, in the order chosen', () => {
    expect(build().panels.map((p) => p.series.slug)).toEqual(['troops-deployed', 'troop-casualties', 'troop-reinforcements', 'shells-delivered']);
  });

  it('shares a value scale only between panels of the same unit and kind of measure', () => {
    const model = build();
    const [deployedPanel, casualtyPanel, flowPanel, shellPanel] = model.panels;
    expect(deployedPanel.axisKey).toBe('troops|at a date');
    expect(casualtyPanel.chart.yDomain).toEqual(deployedPanel.chart.yDomain);
    // A within-period count is never put on the scale of a running total, even in the same unit.
    expect(flowPanel.axisKey).toBe('troops|within a period');
    expect(flowPanel.chart.yDomain).not.toEqual(deployedPanel.chart.yDomain);
    expect(shellPanel.chart.axisLabel).toBe('shells');
    expect(shellPanel.chart.yDomain[1]).toBeGreaterThanOrEqual(6_000_000);
  });

  it('gives each claimant body one colour and marker across every panel', () => {
    const model = build();
    const nisStyles = model.panels.flatMap((p) => p.chart.groups.filter((g) => g.key === CLAIMANTS.nis.organization));
    expect(nisStyles).toHaveLength(3);
    expect(new Set(nisStyles.map((g) => `${g.colorIndex}/${g.shape}`)).size).toBe(1);
    expect(new Set(model.claimants.map((c) => `${c.colorIndex}/${c.shape}`)).size).toBe(model.claimants.length);
  });

  it('shares one time axis, the chosen range when there is one', () => {
    const model = build({ range: { from: date('2024-10'), to: date('2025-12') } });
    expect(model.xDomain).toEqual([utc('2024-10-01'), utc('2026-01-01') - 1]);
    expect(new Set(model.panels.map((p) => p.chart.xDomain.join()))).toEqual(new Set([model.xDomain.join()]));
  });
});

describe('buildExplorerModel: honest drawing', () => {
  const point = (model: ReturnType<typeof build>, id: number) =>
    model.panels.flatMap((p) => p.chart.groups.flatMap((g) => g.points)).find((p) => p.id === String(id));

  it('gives "more than" a lower bound (an open marker pointing up), "up to" an upper one', () => {
    const model = build();
    expect(point(model, figures.usJan.figureId)).toMatchObject({ bound: 'lower', label: '>12k' });
    expect(point(model, figures.shellsUpTo.figureId)).toMatchObject({ bound: 'upper' });
    expect(point(model, figures.nisApr.figureId)).toMatchObject({ bound: null });
    expect(model.marks).toMatchObject({ lowerBound: true, upperBound: true, range: true, coarseDate: true, repeats: true });
  });

  it('draws a range as an error bar from its low to its high', () => {
    expect(point(build(), figures.shellsRange.figureId)).toMatchObject({ y: 5_000_000, yError: [1_000_000, 1_000_000] });
  });

  it('spreads a figure known only to the month across the month, and keeps a dated one to its day', () => {
    const jan = point(build(), figures.usJan.figureId);
    expect(jan?.x).toBe(Math.round((utc('2025-01-01') + utc('2025-02-01') - 1) / 2));
    expect(jan && jan.x - (jan.xError?.[0] ?? 0)).toBe(utc('2025-01-01'));
    expect(jan && jan.x + (jan.xError?.[1] ?? 0)).toBe(utc('2025-02-01') - 1);
    expect(jan?.tooltip.placement).toBe('Drawn across Jan 2025.');
    expect(point(build(), figures.nisApr.figureId)?.xError).toBeNull();
  });

  it('draws a flow across its whole period', () => {
    const flow = point(build(), figures.reinforcement.figureId);
    expect(flow && flow.x - (flow.xError?.[0] ?? 0)).toBe(utc('2025-01-01'));
    expect(flow && flow.x + (flow.xError?.[1] ?? 0)).toBe(utc('2025-03-01') - 1);
  });

  it('lists what it cannot draw, with the reason, and keeps it in the table', () => {
    const shellPanel = build().panels[3];
    expect(shellPanel.notDrawn).toEqual([
      { reason: NO_END_DATE_REASON, figures: [{ id: String(figures.shellsSince.figureId), text: expect.stringMatching(/^about 6\.5 million shells, per Vadym Skibitskyi/) }] },
    ]);
    expect(shellPanel.rows.find((r) => r.figure === figures.shellsSince)).toMatchObject({ drawn: false, placement: `not drawn: ${NO_END_DATE_REASON}` });
    expect(shellPanel.chart.pointCount).toBe(2);
  });

  it('shows a repeat as a repeat of the first report, not as a second point', () => {
    const model = build();
    const panel = model.panels[0];
    expect(panel.chart.pointCount).toBe(3);
    expect(point(model, figures.nisApr.figureId)?.repeatedBy).toEqual(['Yonhap']);
    expect(panel.rows.find((r) => r.figure === figures.nisAprRepeat)).toMatchObject({ drawn: false, repeatOf: figures.nisApr });
    expect(panel.figureCount).toBe(4);
  });

  it('keeps only figures in the range', () => {
    const panel = build({ range: { from: date('2025'), to: date('2025') } }).panels[0];
    const ids = panel.chart.groups.flatMap((g) => g.points.map((p) => Number(p.id)));
    expect(ids.sort((a, b) => a - b)).toEqual([figures.usJan.figureId, figures.nisApr.figureId]);
    expect(panel.figureCount).toBe(3);
  });

  it('puts the sources on every panel', () => {
    expect(build().panels[1].sourceLine).toBe('Sources: Volodymyr Zelensky, Government of Ukraine. Published by Yonhap.');
  });

  it('numbers the events in view and spreads one known only to the month across it', () => {
    const model = build();
    expect(model.events.map((e) => [e.number, e.slug, e.dateText])).toEqual([
      [1, 'first-troops', '23 Oct 2024'],
      [2, 'kursk', 'Apr 2025'],
    ]);
    expect(model.events[0].span).toBeNull();
    expect(model.events[1].span).toEqual([utc('2025-04-01'), utc('2025-05-01') - 1]);
    expect(model.panels[0].chart.events.map((e) => e.slug)).toEqual(['first-troops', 'kursk']);
  });

  it('shows on each panel only the events of its topic, and joins the labels of events close together', () => {
    const shellEvent: ExplorerEvent = { ...events[0], slug: 'shells', topics: ['munitions'], date: date('2024-10-25') };
    const everywhere: ExplorerEvent = { ...events[0], slug: 'all', topics: [], date: date('2025-04-15') };
    const model = build({ events: [...events, shellEvent, everywhere] });
    const troops = model.panels[0].chart.events;
    expect(troops.map((e) => [e.slug, e.label])).toEqual([
      ['first-troops', '1'],
      ['kursk', '3,4'],
      ['all', null],
    ]);
    expect(model.panels[3].chart.events.map((e) => [e.slug, e.label])).toEqual([
      ['shells', '2'],
      ['all', '4'],
    ]);
  });

});

describe('figureYears', () => {
  it('gives the years the figures of the chosen series are drawn in', () => {
    expect(figureYears([deployed], Object.values(figures))).toEqual([2024, 2025]);
  });

  it('covers a flow across its whole period, and leaves out figures it cannot place', () => {
    expect(figureYears([shells], [figures.shellsSince, figures.shellsUpTo])).toEqual([2024]);
    expect(figureYears([reinforcements], [figures.reinforcement])).toEqual([2025]);
  });
});

describe('buildExplorerModel: indexed', () => {
  it('indexes each source to its own first figure in the range, on one shared scale', () => {
    const model = build({ mode: 'indexed' });
    const nis = model.panels[0].chart.groups.find((g) => g.key === CLAIMANTS.nis.organization);
    expect(nis?.points.map((p) => [p.y, p.label])).toEqual([
      [100, '100'],
      [500, '~500'],
    ]);
    expect(nis?.points[1].indexText).toBe('about 500 (100 = about 3,000 troops, 23 Oct 2024)');
    expect(model.panels.every((p) => p.chart.axisLabel === INDEX_AXIS_LABEL && p.chart.baseline === 100)).toBe(true);
    expect(new Set(model.panels.map((p) => p.chart.yDomain.join())).size).toBe(1);
  });

  it('takes the first stated value as 100, never a bound, and indexes the bounds against it', () => {
    const panel = build({ mode: 'indexed' }).panels[1];
    const points = panel.chart.groups[0].points;
    // "more than 3,000" in Dec 2024 cannot be 100; "about 4,000" in Mar 2025 is, and the bound is indexed against it.
    expect(points.map((p) => [Number(p.id), p.y, p.label, p.bound])).toEqual([
      [figures.uaDec.figureId, 75, '>75', 'lower'],
      [figures.uaMar.figureId, 100, '100', null],
    ]);
    expect(points[0].indexText).toBe('more than about 75 (100 = about 4,000 troops, 27 Mar 2025)');
  });

  it('does not index a source that gives only bounds, and says why', () => {
    const panel = build({ mode: 'indexed' }).panels[0];
    expect(panel.chart.groups.map((g) => g.key)).not.toContain(CLAIMANTS.us.organization);
    expect(panel.notDrawn[0].reason).toBe(
      'not indexed (US Government): none of its figures in the range states a value that can be 100 (“more than 12,000” is a lower bound)',
    );
    expect(panel.rows.find((r) => r.figure === figures.usJan)).toMatchObject({ indexed: 'not indexed', placement: `not drawn: ${panel.notDrawn[0].reason}` });
  });

  it('carries a range through the index as an error bar', () => {
    const model = build({
      mode: 'indexed',
      series: [shells],
      figures: [figure(shells, 'hur', '2000000', { qualifier: 'exact', end: '2024-02' }), figures.shellsRange],
    });
    const [, ranged] = model.panels[0].chart.groups[0].points;
    expect(ranged).toMatchObject({ y: 250, yError: [50, 50], label: '200–300' });
    // A range as the 100 is exactly 100 against itself, not "67 to 150".
    const alone = build({ mode: 'indexed', series: [shells], figures: [figures.shellsRange] });
    expect(alone.panels[0].chart.groups[0].points[0]).toMatchObject({ y: 100, yError: null, label: '100' });
  });
});

describe('buildExplorerModel: change', () => {
  it('computes the change within each source, first to last figure in the range', () => {
    const model = build({ mode: 'change' });
    const nis = model.panels[0].changes.find((c) => c.key === CLAIMANTS.nis.organization);
    expect(nis).toMatchObject({ start: figures.nisOct, end: figures.nisApr, startDate: '23 Oct 2024', endDate: '30 Apr 2025', reason: null });
    expect(nis?.change?.absoluteText).toBe('about +12,000');
    const points = model.panels[0].chart.groups.flatMap((g) => g.points);
    const at = (id: number) => points.find((p) => p.id === String(id));
    expect(model.panels[0].chart.segments).toEqual([
      { key: CLAIMANTS.nis.organization, colorIndex: expect.any(Number), from: { x: at(figures.nisOct.figureId)?.x, y: 3000 }, to: { x: at(figures.nisApr.figureId)?.x, y: 15000 } },
    ]);
  });

  it('carries qualifiers into the change and says the delta is not precise', () => {
    const ua = build({ mode: 'change' }).panels[1].changes[0];
    expect(ua.change?.absoluteText).toBe('less than about +1,000');
    expect(ua.change?.caveats).toEqual(['“more than 3,000” is a lower bound', '“about 4,000” is approximate']);
  });

  it('says why no change is given for a single figure', () => {
    const us = build({ mode: 'change' }).panels[0].changes.find((c) => c.key === CLAIMANTS.us.organization);
    expect(us).toMatchObject({ change: null, reason: 'only one figure from this source in the range' });
  });

  it('notes a running total that falls', () => {
    const later = figure(deployed, 'nis', '13000', { end: '2025-09-02' });
    const model = build({ mode: 'change', series: [deployed], figures: [figures.nisApr, later] });
    expect(model.panels[0].changes[0].note).toMatch(/cannot fall/);
  });

  it('does not compare flows over periods of different length', () => {
    const year = figure(reinforcements, 'nis', '12000', { start: '2024', end: '2024' });
    const month = figure(reinforcements, 'nis', '3000', { start: '2025-01', end: '2025-01' });
    const model = build({ mode: 'change', series: [reinforcements], figures: [year, month] });
    expect(model.panels[0].changes[0].reason).toMatch(/^the two figures cover periods of different length/);
  });
});

describe('buildExplorerModel: ledger', () => {
  it('sets out the latest periods of competing estimates and counts the rest', () => {
    const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08'];
    const dense = months.flatMap((m) => [figure(deployed, 'nis', '1000', { end: m }), figure(deployed, 'us', '2000', { end: m })]);
    const [panel] = build({ series: [deployed], figures: dense }).panels;
    expect(panel.ledger.map((p) => p.label)).toEqual(['as of Mar 2024', 'as of Apr 2024', 'as of May 2024', 'as of Jun 2024', 'as of Jul 2024', 'as of Aug 2024']);
    expect(panel.ledgerHidden).toBe(2);
  });
});

describe('the steps of the pipeline', () => {
  const all = Object.values(figures);
  const repeats = foldRepeats(all);
  const perSeries = placeSeries([deployed, shells], all, rangeSpan(ALL_DATES));
  const claimants = claimantStyles(perSeries);
  const styles = new Map(claimants.map((c) => [c.key, c]));

  it('foldRepeats: maps a repeat to its first report, and the first report to who repeated it', () => {
    expect(repeats.of).toEqual(new Map([[figures.nisAprRepeat.figureId, figures.nisApr.figureId]]));
    expect(repeats.repeatedBy).toEqual(new Map([[figures.nisApr.figureId, ['Yonhap']]]));
  });

  it('placeSeries: places each series’ own figures in time order, and keeps those it cannot place with the reason', () => {
    const [troops, shellSeries] = perSeries;
    expect(troops.placed.map((p) => p.figure)).toEqual([figures.nisOct, figures.usJan, figures.nisApr, figures.nisAprRepeat]);
    expect(shellSeries.placed.map((p) => p.figure)).toEqual([figures.shellsUpTo, figures.shellsRange]);
    expect(shellSeries.unplaced).toEqual([{ figure: figures.shellsSince, reason: NO_END_DATE_REASON }]);
    const in2025 = placeSeries([deployed], all, rangeSpan({ from: date('2025'), to: date('2025') }));
    expect(in2025[0].placed.map((p) => p.figure)).toEqual([figures.usJan, figures.nisApr, figures.nisAprRepeat]);
  });

  it('claimantStyles: styles the bodies in the order of their first figure, the undrawn last, each its own colour and marker', () => {
    expect(claimants.map((c) => c.key)).toEqual([CLAIMANTS.nis.organization, CLAIMANTS.us.organization, CLAIMANTS.hur.organization]);
    expect(claimants.map((c) => [c.colorIndex, c.shape])).toEqual([[0, 'circle'], [1, 'square'], [2, 'triangle']]);
  });

  it('timeDomain: takes the chosen range as it is, and pads the figures’ extent when a side is open', () => {
    const spans = [{ start: utc('2024-01-01'), end: utc('2026-01-01') - 1 }];
    expect(timeDomain({ from: date('2024-10'), to: date('2025-12') }, spans)).toEqual([utc('2024-10-01'), utc('2026-01-01') - 1]);
    const [from, to] = timeDomain(ALL_DATES, spans);
    expect(from).toBeLessThan(utc('2024-01-01'));
    expect(to).toBeGreaterThan(utc('2026-01-01'));
    // One day still gets a year around it, and no figure at all a year up to now.
    const [dayFrom, dayTo] = timeDomain(ALL_DATES, [{ start: utc('2025-01-01'), end: utc('2025-01-02') - 1 }]);
    expect(dayTo - dayFrom).toBeGreaterThan(365 * 86_400_000);
    expect(timeDomain(ALL_DATES, [], utc('2026-12-02'))[1]).toBeGreaterThan(utc('2026-12-02'));
  });

  it('timeDomain: reads any number of spans without spreading them into a call', () => {
    const spans = Array.from({ length: 300_000 }, (_, i) => ({ start: i * 1000, end: i * 1000 + 1 }));
    expect(timeDomain({ from: null, to: null }, spans)[0]).toBeLessThanOrEqual(0);
  });

  it('groupByClaimant: groups the figures that are not repeats by body', () => {
    const byGroup = groupByClaimant(perSeries[0].placed, repeats);
    expect([...byGroup.entries()].map(([key, list]) => [key, list.map((p) => p.figure)])).toEqual([
      [CLAIMANTS.nis.organization, [figures.nisOct, figures.nisApr]],
      [CLAIMANTS.us.organization, [figures.usJan]],
    ]);
  });

  const byGroup = groupByClaimant(perSeries[0].placed, repeats);

  it('buildPoints: makes every figure a point as stated, or says why it cannot be indexed', () => {
    const absolute = buildPoints(deployed, byGroup, 'absolute', styles, repeats);
    expect([...absolute.values()].map((b) => [b.point?.y, b.reason])).toEqual([[3000, null], [15000, null], [12000, null]]);
    expect(absolute.get(figures.nisApr.figureId)?.point?.repeatedBy).toEqual(['Yonhap']);
    const indexed = buildPoints(deployed, byGroup, 'indexed', styles, repeats);
    expect(indexed.get(figures.nisApr.figureId)).toMatchObject({ point: { y: 500 }, indexed: 'about 500' });
    expect(indexed.get(figures.nisOct.figureId)?.indexed).toBe('100 (the baseline)');
    expect(indexed.get(figures.usJan.figureId)).toMatchObject({ point: null, indexed: 'not indexed', reason: expect.stringMatching(/^not indexed \(US Government\)/) });
  });

  it('panelGroups: lists the drawn points by body in the view’s order, and leaves out bodies with none', () => {
    const indexed = buildPoints(deployed, byGroup, 'indexed', styles, repeats);
    expect(panelGroups(claimants, byGroup, indexed).map((g) => [g.key, g.points.length])).toEqual([[CLAIMANTS.nis.organization, 2]]);
  });

  it('chartMarks: names only the marks the drawn points use', () => {
    const built = buildPoints(deployed, byGroup, 'absolute', styles, repeats);
    expect(chartMarks(built.values())).toEqual({ lowerBound: true, upperBound: false, approximate: true, range: false, coarseDate: true });
    expect(chartMarks([])).toEqual({ lowerBound: false, upperBound: false, approximate: false, range: false, coarseDate: false });
  });

  it('notDrawnGroups: lists undated figures first, then what the mode cannot draw, repeats never', () => {
    const undated = figure(deployed, 'us', '500');
    const [troops] = placeSeries([deployed], [...all, undated], rangeSpan(ALL_DATES));
    const indexed = buildPoints(deployed, byGroup, 'indexed', styles, repeats);
    const groups = notDrawnGroups(deployed, troops.unplaced, indexed, repeats);
    expect(groups.map((g) => [g.reason.slice(0, 24), g.figures.map((f) => f.id)])).toEqual([
      [NO_DATE_REASON, [String(undated.figureId)]],
      ['not indexed (US Governme', [String(figures.usJan.figureId)]],
    ]);
  });

  it('tableRows: has a row for every figure in view, a repeat pointing at its first report', () => {
    const built = buildPoints(deployed, byGroup, 'absolute', styles, repeats);
    const rows = tableRows(perSeries[0], built, styles, repeats, 'absolute');
    expect(rows.map((r) => [r.figure.figureId, r.drawn, r.placement])).toEqual([
      [figures.nisOct.figureId, true, 'drawn at 23 Oct 2024'],
      [figures.usJan.figureId, true, 'drawn across Jan 2025'],
      [figures.nisApr.figureId, true, 'drawn at 30 Apr 2025'],
      [figures.nisAprRepeat.figureId, false, 'not drawn: repeats an earlier report'],
    ]);
    expect(rows[3].repeatOf).toBe(figures.nisApr);
  });

  it('summarise: says what the chart shows, the latest point, and how many figures are not drawn', () => {
    const built = buildPoints(deployed, byGroup, 'absolute', styles, repeats);
    const groups = panelGroups(claimants, byGroup, built);
    expect(summarise(deployed, 'absolute', groups, built, 1)).toBe(
      'Chart of troops deployed, in troops. 3 figures drawn from 23 Oct 2024 to 30 Apr 2025, from 2 sources: ' +
        "South Korea's National Intelligence Service; US Government. Latest: about 15,000 troops, since Oct 2024, as of 30 Apr 2025, " +
        "per South Korea's National Intelligence Service. 1 figure not drawn, listed below the chart.",
    );
    expect(summarise(deployed, 'absolute', [], new Map(), 0)).toBe('Chart of troops deployed, in troops. No figure is drawn in this range.');
  });

  it('sharedValueAxes: gives panels of one key one axis over all their values', () => {
    const axes = sharedValueAxes([
      { axisKey: 'troops|at a date', values: [3000] },
      { axisKey: 'troops|at a date', values: [15000] },
      { axisKey: 'shells|at a date', values: [6_000_000] },
    ]);
    expect(axes.get('troops|at a date')?.domain).toEqual([0, 20_000]);
    expect(axes.get('shells|at a date')?.domain[1]).toBeGreaterThanOrEqual(6_000_000);
  });
});

describe('onePanelView: a series page’s chart', () => {
  const page = onePanelView(shells, [figures.shellsRange, figures.shellsSince, figures.shellsUpTo]);
  const [panel] = page.panels;

  it('is the explorer’s view of that one series over all dates', () => {
    expect(page).toEqual(buildExplorerModel({ series: [shells], figures: [figures.shellsRange, figures.shellsSince, figures.shellsUpTo], events: [], range: ALL_DATES, mode: 'absolute' }));
    expect(page.panels).toHaveLength(1);
    expect(panel.chart.axisLabel).toBe('shells');
    expect(panel.chart.baseline).toBeNull();
  });

  it('groups by claimant body, lists what it cannot draw, and gives the legend its claimants and marks', () => {
    expect(panel.chart.groups.map((g) => g.label)).toEqual([CLAIMANTS.nis.organization, CLAIMANTS.hur.organization]);
    expect(panel.notDrawn.map((g) => g.reason)).toEqual([NO_END_DATE_REASON]);
    expect(page.claimants.map((c) => c.label)).toEqual([CLAIMANTS.nis.organization, CLAIMANTS.hur.organization]);
    expect(page.marks).toMatchObject({ upperBound: true, range: true, coarseDate: true, lowerBound: false });
    expect(panel.chart.summary).toMatch(/^Chart of shells delivered, in shells\. 2 figures drawn from 14 Jun 2024 to Mar 2025, from 2 sources/);
  });

  it('keeps every point and its date whisker inside the time axis, and the value axis from zero past the top of every range', () => {
    for (const point of panel.chart.groups.flatMap((g) => g.points)) {
      expect(point.x - (point.xError?.[0] ?? 0)).toBeGreaterThanOrEqual(panel.chart.xDomain[0]);
      expect(point.x + (point.xError?.[1] ?? 0)).toBeLessThanOrEqual(panel.chart.xDomain[1]);
    }
    expect(panel.chart.yDomain[0]).toBe(0);
    expect(panel.chart.yDomain[1]).toBeGreaterThanOrEqual(6_000_000);
  });

  it('has an empty chart for a series without figures', () => {
    const empty = onePanelView(shells, []).panels[0];
    expect(empty.chart.groups).toEqual([]);
    expect(empty.notDrawn).toEqual([]);
    expect(empty.chart.summary).toContain('No figure is drawn in this range.');
  });
});

describe('the same figure at the same place', () => {
  const seriesPage = onePanelView(deployed, Object.values(figures).filter((f) => f.seriesSlug === deployed.slug));
  const pagePoints = seriesPage.panels[0].chart.groups.flatMap((g) => g.points);
  const place = (p: (typeof pagePoints)[number]) => ({ x: p.x, y: p.y, xError: p.xError, yError: p.yError, bound: p.bound, label: p.label, tooltip: p.tooltip });

  it('sits at the same x and y, with the same whiskers, on the series page and in the explorer’s panel among other series', () => {
    const explorer = build();
    const panelPoints = explorer.panels[0].chart.groups.flatMap((g) => g.points);
    expect(pagePoints.length).toBeGreaterThan(0);
    expect(new Map(panelPoints.map((p) => [p.id, place(p)]))).toEqual(new Map(pagePoints.map((p) => [p.id, place(p)])));
    // The explorer's narrower range keeps the figures in it where they were.
    const narrow = build({ range: { from: date('2025'), to: date('2025') } }).panels[0].chart.groups.flatMap((g) => g.points);
    for (const point of narrow) expect(place(point)).toEqual(place(pagePoints.find((p) => p.id === point.id) as (typeof pagePoints)[number]));
  });

  it('is laid out in the same pixels on a series page and on the explorer’s panel of that one series', () => {
    const panel = buildExplorerModel({ series: [deployed], figures: Object.values(figures), events: [], range: ALL_DATES, mode: 'absolute' }).panels[0];
    const marks = (chart: typeof panel.chart) => layoutMiniChart(chart, 560, 240, 12, { leftRoom: 48 }).marks;
    expect(marks(panel.chart)).toEqual(marks(seriesPage.panels[0].chart));
    // Whiskers included: Jan 2025 is known only to the month.
    expect(marks(panel.chart).find((m) => m.id === String(figures.usJan.figureId))?.span).not.toBeNull();
  });
});
