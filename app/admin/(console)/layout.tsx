import { AdminNavLink } from '@/components/admin/admin-nav-link';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { ADMIN_SECTIONS } from '@/lib/admin/sections';
import { requirePageRole } from '@/lib/auth/page-guard';
import { roleAllows } from '@/lib/auth/roles';

/** The curation console: only for a signed-in account; readers are sent to sign in. */
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const principal = await requirePageRole('editor');
  const sections = ADMIN_SECTIONS.filter((section) => roleAllows(principal.role, section.role));
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-zinc-200 pb-3 dark:border-zinc-800">
        <nav aria-label="Curation">
          <ul className="flex flex-wrap items-center gap-1">
            {sections.map((section) => (
              <li key={section.href}>
                <AdminNavLink href={section.href}>{section.label}</AdminNavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span data-testid="signed-in-as">
            {principal.name} <span className="text-zinc-600 dark:text-zinc-400">({principal.role})</span>
          </span>
          <SignOutButton />
        </div>
      </div>
      {children}
    </div>
  );
}
