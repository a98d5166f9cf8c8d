import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass, labelClass, secondaryButtonClass } from '@/components/admin/styles';
import { requirePageRole } from '@/lib/auth/page-guard';
import { ADMIN_SERIES_PAGE_SIZE, listAdminSeries } from '@/lib/queries/list-admin-series';

export const metadata: Metadata = { title: 'Series' };

const link = 'font-medium text-sky-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300';
const cell = 'border-b border-zinc-200 px-2 py-2 align-top dark:border-zinc-800';

export default async function SeriesListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole('editor');
  const params = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
  const search = one(params.q)?.slice(0, 200) ?? '';
  const page = Math.max(1, Math.min(10_000, Number.parseInt(one(params.page) ?? '1', 10) || 1));
  const { rows, total } = await listAdminSeries({ search, page });
  const pages = Math.max(1, Math.ceil(total / ADMIN_SERIES_PAGE_SIZE));
  const href = (p: number) => `/admin/series?${new URLSearchParams({ ...(search ? { q: search } : {}), page: String(p) })}`;
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold tracking-tight">Series</h1>
        <Link href="/admin/series/new" className={link}>
          New series
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="series-q" className={labelClass}>
            Search title, slug or description
          </label>
          <input id="series-q" name="q" defaultValue={search} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Show
        </button>
      </form>
      <p role="status">
        {total} series; page {page} of {pages}.
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className={cell}>Series</th>
            <th scope="col" className={cell}>Slug</th>
            <th scope="col" className={cell}>Topic</th>
            <th scope="col" className={cell}>Unit</th>
            <th scope="col" className={cell}>Figures</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td className={cell}>
                <Link href={`/admin/series/${row.slug}`} className={link}>
                  {row.title}
                </Link>{' '}
                (v{row.version})
              </td>
              <td className={cell}>{row.slug}</td>
              <td className={cell}>{row.topic}</td>
              <td className={cell}>{row.unit}</td>
              <td className={cell}>{row.figureCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages of series" className="flex gap-4">
        {page > 1 ? <Link href={href(page - 1)} className={link}>Previous page</Link> : null}
        {page < pages ? <Link href={href(page + 1)} className={link}>Next page</Link> : null}
      </nav>
    </div>
  );
}
