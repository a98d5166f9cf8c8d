import type { ChartGroup, ChartMarks } from '@/lib/figures/chart-data';
import { CHART_COLORS, CHART_MUTED } from './chart-palette';
import { LegendLists, type LegendItem } from './legend-lists';
import { PointMarker } from './point-marker';

export interface ChartLegendProps {
  groups: ChartGroup[];
  marks: ChartMarks;
}

/** Who each colour and shape stands for, and what the qualifier marks mean (only those drawn). */
export function ChartLegend({ groups, marks }: ChartLegendProps) {
  const muted = { stroke: CHART_MUTED, fill: 'none' };
  const keys: LegendItem[] = [];
  if (marks.lowerBound) {
    keys.push({
      key: 'lower',
      icon: <polyline points="5,8 9,4 13,8 9,4 9,15" style={muted} strokeWidth={1.75} strokeLinecap="round" />,
      text: '“more than” or “at least”: may be higher',
    });
  }
  if (marks.upperBound) {
    keys.push({
      key: 'upper',
      icon: <polyline points="5,10 9,14 13,10 9,14 9,3" style={muted} strokeWidth={1.75} strokeLinecap="round" />,
      text: '“up to” or “less than”: may be lower',
    });
  }
  if (marks.approximate) {
    keys.push({
      key: 'approx',
      icon: (
        <text x={9} y={14} textAnchor="middle" fontSize={14} fontWeight={700} style={{ fill: CHART_MUTED }}>
          ~
        </text>
      ),
      text: 'about',
    });
  }
  if (marks.range) {
    keys.push({
      key: 'range',
      icon: <path d="M5 2h8M9 2v14M5 16h8" style={muted} strokeWidth={1.5} />,
      text: 'stated range, low to high',
    });
  }
  if (marks.coarseDate) {
    keys.push({
      key: 'date',
      icon: <path d="M2 5v8M2 9h14M16 5v8" style={muted} strokeWidth={1.5} />,
      text: 'date known only to the month or year',
    });
  }

  return (
    <LegendLists
      sourcesLabel="Sources on the chart"
      sources={groups.map((group) => ({
        key: group.key,
        icon: <PointMarker cx={9} cy={9} shape={group.shape} color={CHART_COLORS[group.colorIndex]} size={70} />,
        text: group.label,
      }))}
      marks={keys}
      iconSize={18}
      className="mt-3"
    />
  );
}
