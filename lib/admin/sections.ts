// The curation console's sections, in the order its navigation shows them, each with the role it
// needs. A new page under /admin adds its entry here.
import type { Role } from '@/lib/auth/roles';

export interface AdminSection {
  href: string;
  label: string;
  description: string;
  role: Role;
}

export const ADMIN_SECTIONS: AdminSection[] = [
  { href: '/admin', label: 'Overview', description: 'Where the curation pages start.', role: 'editor' },
  {
    href: '/admin/accounts',
    label: 'Accounts',
    description: 'Your API tokens for scripts; for admins, the accounts of everyone who curates.',
    role: 'editor',
  },
  { href: '/admin/figures', label: 'Figures', description: 'Find, create, correct and retire figures, each save with its reason.', role: 'editor' },
  { href: '/admin/series', label: 'Series', description: 'Find, create, retitle, describe and retire series.', role: 'editor' },
  { href: '/admin/events', label: 'Events', description: 'The dated events drawn on charts: create, correct and retire them.', role: 'editor' },
  {
    href: '/admin/sources',
    label: 'Sources',
    description: 'Claimants and publishers with the figures citing each; merge two names of one body.',
    role: 'editor',
  },
  { href: '/admin/headlines', label: 'Headlines', description: 'Choose and order the series the dashboard leads with.', role: 'editor' },
  {
    href: '/admin/extract',
    label: 'Extract',
    description: 'Find figures in an article’s text and save the ones you accept.',
    role: 'editor',
  },
  {
    href: '/admin/import',
    label: 'Import',
    description: 'Upload CSV files, check what they would change, and import them as one revision.',
    role: 'editor',
  },
];
