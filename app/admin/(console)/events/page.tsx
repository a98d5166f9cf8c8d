import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass, labelClass, secondaryButtonClass } from '@/components/admin/styles';
import { requirePageRole } from '@/lib/auth/page-guard';
import { formatPartialDate } from '@/lib/figures/period';
import { ADMIN_EVENTS_PAGE_SIZE, listAdminEvents } from '@/lib/queries/list-admin-events';

export const metadata: Metadata = { title: 'Events' };

const link = 'font-medium text-sky-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300';
const cell = 'border-b border-zinc-200 px-2 py-2 align-top dark:border-zinc-800';

export default async function EventListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole('editor');
  const params = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
  const search = one(params.q)?.slice(0, 200) ?? '';
  const page = Math.max(1, Math.min(10_000, Number.parseInt(one(params.page) ?? '1', 10) || 1));
  const { rows, total } = await listAdminEvents({ search, page });
  const pages = Math.max(1, Math.ceil(total / ADMIN_EVENTS_PAGE_SIZE));
  const href = (p: number) => `/admin/events?${new URLSearchParams({ ...(search ? { q: search } : {}), page: String(p) })}`;
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold tracking-tight">Events</h1>
        <Link href="/admin/events/new" className={link}>
          New event
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="events-q" className={labelClass}>
            Search title, slug or source
          </label>
          <input id="events-q" name="q" defaultValue={search} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Show
        </button>
      </form>
      <p role="status">
        {total} event{total === 1 ? '' : 's'}, newest first; page {page} of {pages}.
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className={cell}>Event</th>
            <th scope="col" className={cell}>Date</th>
            <th scope="col" className={cell}>Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td className={cell}>
                <Link href={`/admin/events/${row.slug}`} className={link}>
                  {row.title}
                </Link>{' '}
                (v{row.version}
                {row.retired ? ', retired' : ''})
              </td>
              <td className={cell}>{row.date ? formatPartialDate(row.date) : ''}</td>
              <td className={cell}>{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages of events" className="flex gap-4">
        {page > 1 ? <Link href={href(page - 1)} className={link}>Previous page</Link> : null}
        {page < pages ? <Link href={href(page + 1)} className={link}>Next page</Link> : null}
      </nav>
    </div>
  );
}
