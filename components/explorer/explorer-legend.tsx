'use client';

import { CHART_COLORS, CHART_MUTED } from '@/components/charts/chart-palette';
import type { ClaimantStyle, ExplorerMarks } from '@/lib/figures/explorer-series';
import { ExplorerMarker } from './explorer-marker';

export interface ExplorerLegendProps {
  claimants: ClaimantStyle[];
  marks: ExplorerMarks;
  hasEvents: boolean;
}

function KeyIcon({ children }: { children: React.ReactNode }) {
  return (
    <svg width={22} height={22} viewBox="0 0 22 22" aria-hidden="true" className="shrink-0 overflow-visible">
      {children}
    </svg>
  );
}

/**
 * Who each colour and marker stands for, in every panel, and what the marks mean (only those drawn).
 * It sits above the panels so that a screenshot of the chart view carries it.
 */
export function ExplorerLegend({ claimants, marks, hasEvents }: ExplorerLegendProps) {
  const muted = { stroke: CHART_MUTED, fill: 'none' };
  const keys: { key: string; icon: React.ReactNode; text: string }[] = [];
  if (marks.lowerBound) {
    keys.push({ key: 'lower', icon: <ExplorerMarker cx={11} cy={16} shape="circle" color={CHART_MUTED} bound="lower" size={50} />, text: '“more than”, “at least”: may be higher' });
  }
  if (marks.upperBound) {
    keys.push({ key: 'upper', icon: <ExplorerMarker cx={11} cy={5} shape="circle" color={CHART_MUTED} bound="upper" size={50} />, text: '“up to”, “less than”: may be lower' });
  }
  if (marks.approximate) {
    keys.push({
      key: 'approx',
      icon: (
        <text x={11} y={16} textAnchor="middle" fontSize={15} fontWeight={700} style={{ fill: CHART_MUTED }}>
          ~
        </text>
      ),
      text: 'about',
    });
  }
  if (marks.range) {
    keys.push({ key: 'range', icon: <path d="M7 3h8M11 3v16M7 19h8" style={muted} strokeWidth={1.5} />, text: 'stated range, low to high' });
  }
  if (marks.coarseDate) {
    keys.push({ key: 'date', icon: <path d="M2 7v8M2 11h18M20 7v8" style={muted} strokeWidth={1.5} />, text: 'spread across the month, year or period it covers' });
  }
  if (hasEvents) {
    keys.push({ key: 'event', icon: <path d="M11 2v18" style={muted} strokeWidth={1.5} strokeDasharray="4 3" />, text: 'event (numbered below)' });
  }
  return (
    <div className="space-y-2 text-xs text-zinc-700 dark:text-zinc-300" data-testid="explorer-legend">
      <ul aria-label="Sources on the charts" className="flex flex-wrap gap-x-4 gap-y-1">
        {claimants.map((claimant) => (
          <li key={claimant.key} className="flex items-center gap-1.5">
            <KeyIcon>
              <ExplorerMarker cx={11} cy={11} shape={claimant.shape} color={CHART_COLORS[claimant.colorIndex]} size={70} />
            </KeyIcon>
            <span>{claimant.label}</span>
          </li>
        ))}
      </ul>
      {keys.length > 0 ? (
        <ul aria-label="Marks" className="flex flex-wrap gap-x-4 gap-y-1 text-zinc-600 dark:text-zinc-400">
          {keys.map((item) => (
            <li key={item.key} className="flex items-center gap-1.5">
              <KeyIcon>{item.icon}</KeyIcon>
              <span>{item.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
