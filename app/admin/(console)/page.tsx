import type { Metadata } from 'next';
import Link from 'next/link';
import { ADMIN_SECTIONS } from '@/lib/admin/sections';
import { requirePageRole } from '@/lib/auth/page-guard';
import { roleAllows } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Overview' };

export default async function AdminHome() {
  const principal = await requirePageRole('editor');
  const sections = ADMIN_SECTIONS.filter((section) => section.href !== '/admin' && roleAllows(principal.role, section.role));
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Curation</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Signed in as {principal.name} ({principal.email}), {principal.role === 'admin' ? 'an admin' : 'an editor'}.
      </p>
      <ul className="mt-6 space-y-3">
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
              {section.label}
            </Link>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{section.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
