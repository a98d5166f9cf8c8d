// The two roles of the people who curate the data. Readers need no account. An admin can do
// everything an editor can, and manages the accounts; any other value in the role column (none, or a
// role this code does not know) grants nothing.
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when an account with `actual` may do what needs `needed`. */
export function roleAllows(actual: string | null | undefined, needed: Role): boolean {
  if (!isRole(actual)) return false;
  return ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}

export const ROLE_LABELS: Record<Role, string> = {
  editor: 'Editor (curates data)',
  admin: 'Admin (manages accounts, and curates)',
};
