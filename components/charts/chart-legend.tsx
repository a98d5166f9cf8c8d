import type { ChartMarks, ClaimantStyle } from '@/lib/figures/chart-data';
import { LegendLists, type LegendItem } from './legend-lists';
import { PointMarker } from './point-marker';

export interface ChartLegendProps {
  claimants: ClaimantStyle[];
  marks: ChartMarks;
  /** Whether event lines are drawn (the explorer's panels). */
  hasEvents?: boolean;
  /** "Sources on the chart" under one chart, "Sources on the charts" above the explorer's panels. */
  sourcesLabel: string;
  className?: string;
  testId?: string;
}

function markItems(marks: ChartMarks, hasEvents: boolean): LegendItem[] {
  const keys: LegendItem[] = [];
  if (marks.lowerBound) {
    keys.push({ key: 'lower', icon: <PointMarker cx={11} cy={16} shape="circle" tone="muted" bound="lower" size={50} />, text: '“more than”, “at least”: may be higher' });
  }
  if (marks.upperBound) {
    keys.push({ key: 'upper', icon: <PointMarker cx={11} cy={5} shape="circle" tone="muted" bound="upper" size={50} />, text: '“up to”, “less than”: may be lower' });
  }
  if (marks.approximate) {
    keys.push({
      key: 'approx',
      icon: (
        <text x={11} y={16} textAnchor="middle" fontSize={15} fontWeight={700} className="sf-fm">
          ~
        </text>
      ),
      text: 'about',
    });
  }
  if (marks.range) {
    keys.push({ key: 'range', icon: <path d="M7 3h8M11 3v16M7 19h8" className="sf-sm" fill="none" strokeWidth={1.5} />, text: 'stated range, low to high' });
  }
  if (marks.coarseDate) {
    keys.push({ key: 'date', icon: <path d="M2 7v8M2 11h18M20 7v8" className="sf-sm" fill="none" strokeWidth={1.5} />, text: 'spread across the month, year or period it covers' });
  }
  if (hasEvents) {
    keys.push({ key: 'event', icon: <path d="M11 2v18" className="sf-sm" fill="none" strokeWidth={1.5} strokeDasharray="4 3" />, text: 'event (numbered below)' });
  }
  return keys;
}

/**
 * Who each colour and marker stands for, and what the marks mean (only those drawn): under a series
 * chart, and above the explorer's panels (so that a screenshot of the chart view carries it).
 */
export function ChartLegend({ claimants, marks, hasEvents = false, sourcesLabel, className, testId }: ChartLegendProps) {
  return (
    <LegendLists
      sourcesLabel={sourcesLabel}
      sources={claimants.map((claimant) => ({
        key: claimant.key,
        icon: <PointMarker cx={11} cy={11} shape={claimant.shape} tone={claimant.colorIndex} size={70} />,
        text: claimant.label,
      }))}
      marks={markItems(marks, hasEvents)}
      iconSize={22}
      className={className}
      testId={testId}
    />
  );
}
