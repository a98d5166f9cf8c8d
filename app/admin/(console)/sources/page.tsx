import type { Metadata } from 'next';
import Link from 'next/link';
import { MergeForm } from '@/components/admin/merge-form';
import { inputClass, labelClass, secondaryButtonClass } from '@/components/admin/styles';
import { partyLabel } from '@/lib/admin/merge-form';
import { requirePageRole } from '@/lib/auth/page-guard';
import { ADMIN_SOURCES_PAGE_SIZE, listAdminClaimants } from '@/lib/queries/list-admin-claimants';
import { listAdminPublishers } from '@/lib/queries/list-admin-publishers';
import { listClaimants } from '@/lib/queries/list-claimants';
import { listPublishers } from '@/lib/queries/list-publishers';
import { mergeClaimantsAction, mergePublishersAction } from './actions';

export const metadata: Metadata = { title: 'Sources' };

const link = 'font-medium text-sky-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300';
const cell = 'border-b border-zinc-200 px-2 py-2 align-top dark:border-zinc-800';

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
const pageOf = (value: string | string[] | undefined) => Math.max(1, Math.min(10_000, Number.parseInt(one(value) ?? '1', 10) || 1));

/** The given ones of the page's parameters: each list's search and page stay as the other changes. */
function kept(params: Params, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((key) => (one(params[key]) ? [[key, one(params[key]) as string]] : [])));
}

const hrefWith = (params: Params, changes: Record<string, string>) => `/admin/sources?${new URLSearchParams({ ...kept(params, ['cq', 'cpage', 'pq', 'ppage']), ...changes })}`;

function Pager({ label, page, total, href }: { label: string; page: number; total: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / ADMIN_SOURCES_PAGE_SIZE));
  return (
    <>
      <p role="status">
        {total} {label}; page {page} of {pages}.
      </p>
      <nav aria-label={`Pages of ${label}`} className="flex gap-4">
        {page > 1 ? <Link href={href(page - 1)} className={link}>Previous page</Link> : null}
        {page < pages ? <Link href={href(page + 1)} className={link}>Next page</Link> : null}
      </nav>
    </>
  );
}

function Search({ name, label, value, keep }: { name: string; label: string; value: string; keep: Record<string, string> }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={label}>
      {Object.entries(keep).map(([key, kept]) => (
        <input key={key} type="hidden" name={key} value={kept} />
      ))}
      <div>
        <label htmlFor={`sources-${name}`} className={labelClass}>
          {label}
        </label>
        <input id={`sources-${name}`} name={name} defaultValue={value} className={inputClass} />
      </div>
      <button type="submit" className={secondaryButtonClass}>
        Show
      </button>
    </form>
  );
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requirePageRole('editor');
  const params = await searchParams;
  const claimantSearch = one(params.cq)?.slice(0, 200) ?? '';
  const publisherSearch = one(params.pq)?.slice(0, 200) ?? '';
  const claimantPage = pageOf(params.cpage);
  const publisherPage = pageOf(params.ppage);
  const [claimants, publishers, allClaimants, allPublishers] = await Promise.all([
    listAdminClaimants({ search: claimantSearch, page: claimantPage }),
    listAdminPublishers({ search: publisherSearch, page: publisherPage }),
    listClaimants(),
    listPublishers(),
  ]);
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Sources</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          Claimants and publishers come in with the figures that cite them. A name never changes: when one body appears under two names, merge one into the
          other. Its figures get a new version naming the one that stays, and the merge is a revision like any other.
        </p>
      </div>

      <section aria-labelledby="claimants-heading" className="space-y-4">
        <h2 id="claimants-heading" className="text-xl font-semibold">
          Claimants
        </h2>
        <Search name="cq" label="Search claimants by name or body" value={claimantSearch} keep={kept(params, ['pq', 'ppage'])} />
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className={cell}>Claimant</th>
              <th scope="col" className={cell}>Body</th>
              <th scope="col" className={cell}>Figures citing it</th>
            </tr>
          </thead>
          <tbody>
            {claimants.rows.map((row) => (
              <tr key={row.id} data-testid="claimant-row">
                <td className={cell}>
                  <Link href={`/sources/claimants/${row.id}`} className={link}>
                    {row.name}
                  </Link>
                </td>
                <td className={cell}>{row.organization}</td>
                <td className={cell}>{row.figureCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager label="claimants" page={claimantPage} total={claimants.total} href={(p) => hrefWith(params, { cpage: String(p) })} />
        <div className="max-w-3xl space-y-2">
          <h3 className="text-lg font-semibold">Merge two claimants</h3>
          <MergeForm noun="claimant" action={mergeClaimantsAction} options={allClaimants.map((c) => ({ id: c.id, label: partyLabel(c), figureCount: c.figureCount }))} />
        </div>
      </section>

      <section aria-labelledby="publishers-heading" className="space-y-4">
        <h2 id="publishers-heading" className="text-xl font-semibold">
          Publishers
        </h2>
        <Search name="pq" label="Search publishers by name" value={publisherSearch} keep={kept(params, ['cq', 'cpage'])} />
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className={cell}>Publisher</th>
              <th scope="col" className={cell}>Figures citing it</th>
            </tr>
          </thead>
          <tbody>
            {publishers.rows.map((row) => (
              <tr key={row.id} data-testid="publisher-row">
                <td className={cell}>
                  <Link href={`/sources/publishers/${row.id}`} className={link}>
                    {row.name}
                  </Link>
                </td>
                <td className={cell}>{row.figureCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager label="publishers" page={publisherPage} total={publishers.total} href={(p) => hrefWith(params, { ppage: String(p) })} />
        <div className="max-w-3xl space-y-2">
          <h3 className="text-lg font-semibold">Merge two publishers</h3>
          <MergeForm noun="publisher" action={mergePublishersAction} options={allPublishers.map((p) => ({ id: p.id, label: p.name, figureCount: p.figureCount }))} />
        </div>
      </section>
    </div>
  );
}
