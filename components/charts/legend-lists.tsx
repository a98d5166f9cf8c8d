// The two lists every chart legend shows: who each colour and marker stands for, then what the marks
// drawn mean. Under a series chart and above the explorer's panels alike (chart-legend.tsx), with
// the charts' own markers as icons.

export interface LegendItem {
  key: string;
  /** SVG content, drawn in a square of `iconSize`. */
  icon: React.ReactNode;
  text: string;
}

export interface LegendListsProps {
  sources: LegendItem[];
  /** Only the marks the chart draws. */
  marks: LegendItem[];
  /** "Sources on the chart", read out for the first list. */
  sourcesLabel: string;
  iconSize: number;
  className?: string;
  testId?: string;
}

const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

function ItemList({ label, items, iconSize, className }: { label: string; items: LegendItem[]; iconSize: number; className?: string }) {
  return (
    <ul aria-label={label} className={classes('flex flex-wrap gap-x-4 gap-y-1', className)}>
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <svg width={iconSize} height={iconSize} viewBox={`0 0 ${iconSize} ${iconSize}`} aria-hidden="true" className="shrink-0 overflow-visible">
            {item.icon}
          </svg>
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}

export function LegendLists({ sources, marks, sourcesLabel, iconSize, className, testId }: LegendListsProps) {
  return (
    <div className={classes(className, 'space-y-2 text-xs text-zinc-700 dark:text-zinc-300')} data-testid={testId}>
      <ItemList label={sourcesLabel} items={sources} iconSize={iconSize} />
      {marks.length > 0 ? (
        <ItemList label="Marks" items={marks} iconSize={iconSize} className="text-zinc-600 dark:text-zinc-400" />
      ) : null}
    </div>
  );
}
