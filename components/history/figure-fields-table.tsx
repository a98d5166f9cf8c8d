import { FIGURE_FIELD_LABELS, type FieldValue } from '@/lib/figures/figure-diff';
import { FieldTextCell } from './field-text-cell';

export interface FigureFieldsTableProps {
  fields: FieldValue[];
  caption: string;
}

const cell = 'px-3 py-2 align-top';

/** Every field of one version of a figure, in words: what a figure said when it was first recorded. */
export function FigureFieldsTable({ fields, caption }: FigureFieldsTableProps) {
  return (
    <div className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table data-testid="figure-fields" className="w-full border-collapse text-left text-sm">
        <caption className="px-3 pt-2 pb-1 text-left text-xs font-medium text-zinc-700 dark:text-zinc-300">{caption}</caption>
        <tbody className="divide-y divide-zinc-200 border-t border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {fields.map((field) => (
            <tr key={field.field} data-field={field.field}>
              <th scope="row" className={`${cell} w-28 sm:w-40 font-medium text-zinc-700 dark:text-zinc-300`}>
                {FIGURE_FIELD_LABELS[field.field]}
              </th>
              <td className={cell}>
                <FieldTextCell field={field.field} value={field} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
