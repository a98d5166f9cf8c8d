import { FIGURE_FIELD_LABELS, type FieldChange } from '@/lib/figures/figure-diff';
import { FieldTextCell } from './field-text-cell';

export interface FigureDiffTableProps {
  changes: FieldChange[];
  caption: string;
  /** Column headings: "Version 1", "Version 2". */
  beforeLabel: string;
  afterLabel: string;
}

const cell = 'px-3 py-2 align-top';

/** Field by field, what one version of a figure stated against the version before it. */
export function FigureDiffTable({ changes, caption, beforeLabel, afterLabel }: FigureDiffTableProps) {
  return (
    <div className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table data-testid="figure-diff" className="w-full border-collapse text-left text-sm">
        <caption className="px-3 pt-2 pb-1 text-left text-xs font-medium text-zinc-700 dark:text-zinc-300">{caption}</caption>
        <thead className="border-y border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
          <tr>
            <th scope="col" className={`${cell} w-28 sm:w-40`}>
              Field
            </th>
            <th scope="col" className={cell}>
              {beforeLabel}
            </th>
            <th scope="col" className={cell}>
              {afterLabel}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {changes.map((change) => (
            <tr key={change.field} data-testid="diff-row" data-field={change.field}>
              <th scope="row" className={`${cell} font-medium text-zinc-700 dark:text-zinc-300`}>
                {FIGURE_FIELD_LABELS[change.field]}
              </th>
              <td data-testid="diff-before" className={`${cell} text-zinc-700 dark:text-zinc-300`}>
                <del className="decoration-rose-500/70">
                  <FieldTextCell field={change.field} value={change.before} />
                </del>
              </td>
              <td data-testid="diff-after" className={`${cell} text-zinc-950 dark:text-white`}>
                <ins className="no-underline">
                  <FieldTextCell field={change.field} value={change.after} />
                </ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
