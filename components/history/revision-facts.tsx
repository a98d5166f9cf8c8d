import Link from 'next/link';
import type { RevisionNote } from '@/lib/queries/list-revisions-after';
import { formatRevisionTime } from '@/lib/share/revision-date';

export interface RevisionFactsProps {
  revision: RevisionNote;
}

const term = 'font-medium text-zinc-600 dark:text-zinc-400';

/** Which revision wrote a version, when, by whom and why, with a link to all that revision changed. */
export function RevisionFacts({ revision }: RevisionFactsProps) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm">
      <dt className={term}>Revision</dt>
      <dd>
        <Link href={`/changes/${revision.id}`} className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Revision {revision.id}
        </Link>
      </dd>
      <dt className={term}>When</dt>
      <dd>
        <time dateTime={new Date(revision.createdAt).toISOString()}>{formatRevisionTime(revision.createdAt)}</time>
      </dd>
      <dt className={term}>Author</dt>
      <dd data-testid="revision-author">{revision.author}</dd>
      <dt className={term}>Reason</dt>
      <dd data-testid="revision-reason" className="break-words">
        {revision.reason}
      </dd>
    </dl>
  );
}
