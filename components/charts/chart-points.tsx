'use client';

// What a static chart (./static-chart-svg.tsx) needs a script for, and nothing more: the tooltip of
// the point under the pointer or in focus, and the arrow keys moving the focus from point to point
// (left and right in time; Home and End; Escape closes the tooltip). A few hundred bytes, no chart
// library: the chart itself came drawn in the page.
import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ChartPoint } from '@/lib/figures/chart-data';
import { PointTooltipCard } from './point-tooltip-card';

export interface ChartPointsProps {
  /** Each point by its id, for its tooltip. */
  points: Record<string, ChartPoint>;
  children: ReactNode;
}

interface Shown {
  id: string;
  left: number;
  top: number;
  /** Open to the left of the point when it sits in the right half of the chart. */
  flip: boolean;
}

const POINT = '[data-point]';

const noSubscription = () => () => undefined;

function pointOf(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? (target.closest(POINT) as SVGGElement | null) : null;
}

export function ChartPoints({ points, children }: ChartPointsProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  // True once the script runs (after hydration): what tests and readers of data-interactive wait for.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);

  const show = (point: SVGGElement | null) => {
    const box = frame.current?.getBoundingClientRect();
    const id = point?.dataset.point;
    if (!point || !box || !id || !points[id]) return setShown(null);
    const mark = point.getBoundingClientRect();
    const left = mark.left + mark.width / 2 - box.left;
    setShown({ id, left, top: mark.top - box.top, flip: left > box.width / 2 });
  };

  const move = (from: SVGGElement, key: string) => {
    const all = [...(from.ownerSVGElement?.querySelectorAll<SVGGElement>(POINT) ?? [])];
    const at = all.indexOf(from);
    const to = key === 'Home' ? 0 : key === 'End' ? all.length - 1 : key === 'ArrowRight' || key === 'ArrowDown' ? at + 1 : at - 1;
    const next = all[Math.max(0, Math.min(all.length - 1, to))];
    if (!next || next === from) return;
    from.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  };

  return (
    <div
      ref={frame}
      className="relative"
      data-testid="chart-points"
      data-interactive={ready ? 'true' : 'false'}
      onPointerOver={(event) => show(pointOf(event.target))}
      onPointerLeave={() => setShown(null)}
      onFocus={(event) => show(pointOf(event.target))}
      onBlur={() => setShown(null)}
      onKeyDown={(event) => {
        const point = pointOf(event.target);
        if (!point) return;
        if (event.key === 'Escape') {
          setShown(null);
        } else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) {
          event.preventDefault();
          move(point, event.key);
        }
      }}
    >
      {children}
      {shown ? (
        <div
          role="tooltip"
          data-testid="chart-tooltip"
          className="pointer-events-none absolute z-10"
          style={{ left: shown.left, top: shown.top, transform: `translate(${shown.flip ? 'calc(-100% - 12px)' : '12px'}, -50%)` }}
        >
          <PointTooltipCard point={points[shown.id]} />
        </div>
      ) : null}
    </div>
  );
}
