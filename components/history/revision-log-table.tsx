import Link from 'next/link';
import type { RevisionSummary } from '@/lib/queries/revision-rows';
import { formatRevisionTime } from '@/lib/share/revision-date';

export interface RevisionLogTableProps {
  revisions: RevisionSummary[];
  caption: string;
  /** The address of a revision's page, keeping the log's filter. */
  revisionHref: (id: number) => string;
}

const cell = 'px-3 py-2.5 align-top';
const count = `${cell} text-right tabular-nums`;

/**
 * The corrections log: each revision with its author, reason and how many figures it created,
 * corrected and retired. It scrolls inside its own focusable box on a phone rather than widening the page.
 */
export function RevisionLogTable({ revisions, caption, revisionHref }: RevisionLogTableProps) {
  return (
    <div
      role="region"
      aria-labelledby="revision-log-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <table data-testid="revision-log" className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption id="revision-log-caption" className="px-3 pt-3 pb-2 text-left text-sm font-medium text-zinc-700 dark:text-zinc-300">
          {caption}
        </caption>
        <thead className="border-y border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
          <tr>
            <th scope="col" className={cell}>
              Revision
            </th>
            <th scope="col" className={`${cell} min-w-[11rem]`}>
              When
            </th>
            <th scope="col" className={cell}>
              Author
            </th>
            <th scope="col" className={`${cell} min-w-[16rem]`}>
              Reason
            </th>
            <th scope="col" className={count}>
              Created
            </th>
            <th scope="col" className={count}>
              Corrected
            </th>
            <th scope="col" className={count}>
              Retired
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {revisions.map((revision) => (
            <tr key={revision.id} data-testid="revision-row" data-revision={revision.id}>
              <th scope="row" className={`${cell} whitespace-nowrap`}>
                <Link href={revisionHref(revision.id)} className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300">
                  Revision {revision.id}
                </Link>
              </th>
              <td className={cell}>
                <time dateTime={revision.createdAt}>{formatRevisionTime(revision.createdAt)}</time>
              </td>
              <td className={`${cell} break-words`}>{revision.author}</td>
              <td data-testid="revision-reason" className={`${cell} break-words`}>
                {revision.reason}
              </td>
              <td data-testid="count-created" className={count}>
                {revision.changes.figuresCreated}
              </td>
              <td data-testid="count-corrected" className={count}>
                {revision.changes.figuresCorrected}
              </td>
              <td data-testid="count-retired" className={count}>
                {revision.changes.figuresRetired}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
