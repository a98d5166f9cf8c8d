import Link from 'next/link';
import { NavLink } from './nav-link';

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="group flex flex-col leading-tight">
          <span className="text-lg font-bold tracking-tight text-zinc-950 dark:text-white">Sourced Figures</span>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Every number carries its source</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-1">
            <li>
              <NavLink href="/">Dashboard</NavLink>
            </li>
            <li>
              <NavLink href="/explore">Explore</NavLink>
            </li>
            <li>
              <NavLink href="/sources">Sources</NavLink>
            </li>
            <li>
              <NavLink href="/changes">Changes</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
