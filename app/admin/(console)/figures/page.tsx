import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass, labelClass, secondaryButtonClass } from '@/components/admin/styles';
import { requirePageRole } from '@/lib/auth/page-guard';
import { ADMIN_FIGURES_PAGE_SIZE, listAdminFigures } from '@/lib/queries/list-admin-figures';
import { listSeries } from '@/lib/queries/list-series';

export const metadata: Metadata = { title: 'Figures' };

const link = 'font-medium text-sky-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300';
const cell = 'border-b border-zinc-200 px-2 py-2 align-top dark:border-zinc-800';

export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole('editor');
  const params = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
  const search = one(params.q)?.slice(0, 200) ?? '';
  const seriesSlug = one(params.series) ?? '';
  const page = Math.max(1, Math.min(10_000, Number.parseInt(one(params.page) ?? '1', 10) || 1));
  const series = await listSeries();
  const chosen = series.find((s) => s.slug === seriesSlug);
  const { rows, total } = await listAdminFigures({ seriesId: chosen?.id, search, page });
  const pages = Math.max(1, Math.ceil(total / ADMIN_FIGURES_PAGE_SIZE));
  const href = (p: number) => `/admin/figures?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(chosen ? { series: chosen.slug } : {}), page: String(p) })}`;
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold tracking-tight">Figures</h1>
        <Link href="/admin/figures/new" className={link}>
          New figure
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="figures-q" className={labelClass}>
            Search claimant, publisher, quote or note
          </label>
          <input id="figures-q" name="q" defaultValue={search} className={inputClass} />
        </div>
        <div>
          <label htmlFor="figures-series" className={labelClass}>
            Series
          </label>
          <select id="figures-series" name="series" defaultValue={chosen?.slug ?? ''} className={inputClass}>
            <option value="">All series</option>
            {series.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Show
        </button>
      </form>
      <p role="status">
        {total} figure{total === 1 ? '' : 's'}; page {page} of {pages}.
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className={cell}>Figure</th>
            <th scope="col" className={cell}>Value</th>
            <th scope="col" className={cell}>Series</th>
            <th scope="col" className={cell}>Claimant</th>
            <th scope="col" className={cell}>Publisher</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.figureId}>
              <td className={cell}>
                <Link href={`/admin/figures/${row.figureId}`} className={link}>
                  Edit #{row.figureId}
                </Link>{' '}
                (v{row.version})
              </td>
              <td className={cell}>{row.value}</td>
              <td className={cell}>{row.seriesTitle}</td>
              <td className={cell}>{row.claimant}</td>
              <td className={cell}>{row.publisher}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages of figures" className="flex gap-4">
        {page > 1 ? <Link href={href(page - 1)} className={link}>Previous page</Link> : null}
        {page < pages ? <Link href={href(page + 1)} className={link}>Next page</Link> : null}
      </nav>
    </div>
  );
}
