import { SourceLink } from '@/components/explorer/source-link';
import type { FieldText, FigureField } from '@/lib/figures/figure-diff';

export interface FieldTextCellProps {
  field: FigureField;
  value: FieldText;
}

/** One field of a version in words; a link stays a (safe) link, and what is not given looks so. */
export function FieldTextCell({ field, value }: FieldTextCellProps) {
  if (value.absent) return <span className="text-zinc-500 italic dark:text-zinc-400">{value.text}</span>;
  if (field === 'link') {
    return (
      <span className="break-all">
        <SourceLink url={value.text}>{value.text}</SourceLink>
      </span>
    );
  }
  if (field === 'quote') return <q className="italic">{value.text}</q>;
  return <span className="break-words">{value.text}</span>;
}
