// The chart of a panel as it travels to the browser. A view of 20 series draws 2,000 points, and the
// page sends every one of them as props of a client component in every response: as objects with
// named fields that is about 400 bytes a point, most of it field names and the same claimant and
// publisher names over and over. Packed, a point is one array of numbers that index a table of the
// panel's strings. packPanelChart and unpackPanelChart are exact inverses (see the test), so the
// browser draws precisely the model the server built.
import type { Bound, ChartPoint, MarkerShape } from './chart-data';
import type { ExplorerPoint, PanelChart, PanelGroup } from './explorer-series';

type Packed = number[];

export interface PackedGroup {
  key: string;
  label: string;
  colorIndex: number;
  shape: MarkerShape;
  points: Packed[];
}

export interface PackedPanelChart extends Omit<PanelChart, 'groups'> {
  /** Every string the points use, once; points refer to them by index. */
  strings: string[];
  groups: PackedGroup[];
}

const NONE = -1;
const FLAG_LOWER = 1;
const FLAG_UPPER = 2;
const FLAG_OPEN = 4;
const FLAG_START = 8;
const FLAG_END = 16;

// Positions in a packed point; repeatedBy follows from REPEATS to the end.
const [FIGURE, X, Y, XLOW, XHIGH, YLOW, YHIGH, FLAGS, QUALIFIER, LABEL, DATE, VALUE, PERIOD, CLAIMANT, PUBLISHER, PUBLISHED, PLACEMENT, INDEX_TEXT, REPEATS] =
  Array.from({ length: 19 }, (_, i) => i);

export function packPanelChart(chart: PanelChart): PackedPanelChart {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string | null | undefined): number => {
    if (text === null || text === undefined) return NONE;
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const packPoint = (p: ExplorerPoint): Packed => {
    const flags =
      (p.bound === 'lower' ? FLAG_LOWER : 0) |
      (p.bound === 'upper' ? FLAG_UPPER : 0) |
      (p.open ? FLAG_OPEN : 0) |
      (p.role === 'start' ? FLAG_START : 0) |
      (p.role === 'end' ? FLAG_END : 0);
    return [
      p.figureId,
      p.x,
      p.y,
      p.xError?.[0] ?? NONE,
      p.xError?.[1] ?? NONE,
      p.yError?.[0] ?? NONE,
      p.yError?.[1] ?? NONE,
      flags,
      intern(p.qualifier),
      intern(p.label),
      intern(p.date),
      intern(p.tooltip.value),
      intern(p.tooltip.period),
      intern(p.tooltip.claimant),
      intern(p.tooltip.publisher),
      intern(p.tooltip.published),
      intern(p.tooltip.placement),
      intern(p.indexText),
      ...(p.repeatedBy ?? []).map(intern),
    ];
  };
  const { groups, ...rest } = chart;
  const packedGroups = groups.map(({ points, ...group }) => ({ ...group, points: points.map(packPoint) }));
  return { ...rest, strings, groups: packedGroups };
}

export function unpackPanelChart(packed: PackedPanelChart): PanelChart {
  const { strings, groups, ...rest } = packed;
  const text = (index: number): string | null => (index === NONE ? null : strings[index]);
  const pair = (a: number, b: number): [number, number] | null => (a === NONE ? null : [a, b]);
  const unpackPoint = (row: Packed): ExplorerPoint => {
    const flags = row[FLAGS];
    const bound: Bound = flags & FLAG_LOWER ? 'lower' : flags & FLAG_UPPER ? 'upper' : null;
    const point: ExplorerPoint = {
      id: String(row[FIGURE]),
      figureId: row[FIGURE],
      date: text(row[DATE]) as string,
      x: row[X],
      y: row[Y],
      xError: pair(row[XLOW], row[XHIGH]),
      yError: pair(row[YLOW], row[YHIGH]),
      qualifier: text(row[QUALIFIER]) as ChartPoint['qualifier'],
      bound,
      open: Boolean(flags & FLAG_OPEN),
      label: text(row[LABEL]) as string,
      tooltip: {
        value: text(row[VALUE]) as string,
        period: text(row[PERIOD]) as string,
        claimant: text(row[CLAIMANT]) as string,
        publisher: text(row[PUBLISHER]) as string,
        published: text(row[PUBLISHED]) as string,
        placement: text(row[PLACEMENT]),
      },
    };
    const indexText = text(row[INDEX_TEXT]);
    if (indexText !== null) point.indexText = indexText;
    if (row.length > REPEATS) point.repeatedBy = row.slice(REPEATS).map((i) => strings[i]);
    if (flags & FLAG_START) point.role = 'start';
    if (flags & FLAG_END) point.role = 'end';
    return point;
  };
  const unpackedGroups: PanelGroup[] = groups.map(({ points, ...group }) => ({ ...group, points: points.map(unpackPoint) }));
  return { ...rest, groups: unpackedGroups };
}
