'use server';

// The accounts page's server actions. Each is wrapped by guardedAction, which checks the session and
// the role before anything else runs; account changes then go through better-auth's admin plugin,
// which checks the role once more and revokes a disabled account's sessions.
import { APIError } from 'better-auth/api';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import type { ActionState } from '@/lib/admin/action-state';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/auth';
import { parseTokenName } from '@/lib/auth/api-tokens';
import { issueApiToken } from '@/lib/auth/issue-api-token';
import { guardedAction } from '@/lib/auth/page-guard';
import { ROLES } from '@/lib/auth/roles';
import { authFor } from '@/lib/auth/server';
import { revokeApiToken } from '@/lib/queries/revoke-api-token';

const PAGE = '/admin/accounts';

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`);
const userId = z.string().min(1).max(100);
const newAccountSchema = z.object({
  name: z.string().trim().min(1, 'Give the account a name.').max(100, 'The name must have at most 100 characters.'),
  email: z.email('Give a valid email address.').max(254),
  role: z.enum(ROLES, 'Choose a role.'),
  password,
});

function fields(formData: unknown, names: string[]): Record<string, unknown> {
  if (!(formData instanceof FormData)) return {};
  return Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));
}

function invalid(error: z.ZodError): ActionState {
  return { status: 'error', message: error.issues.map((issue) => issue.message).join(' ') };
}

/** better-auth's refusals (an email already used, say) are shown as they are; anything else is not. */
function failed(error: unknown): ActionState {
  if (error instanceof APIError) return { status: 'error', message: error.body?.message ?? error.message };
  throw error;
}

async function adminApi() {
  const requestHeaders = await headers();
  return { api: authFor(requestHeaders).api, headers: requestHeaders };
}

export const createAccount = guardedAction('admin', async (_principal, _state: ActionState, formData: FormData): Promise<ActionState> => {
  const parsed = newAccountSchema.safeParse(fields(formData, ['name', 'email', 'role', 'password']));
  if (!parsed.success) return invalid(parsed.error);
  const { api, headers: requestHeaders } = await adminApi();
  try {
    await api.createUser({ body: { ...parsed.data, email: parsed.data.email.toLowerCase() }, headers: requestHeaders });
  } catch (error) {
    return failed(error);
  }
  revalidatePath(PAGE);
  return { status: 'ok', message: `Account created for ${parsed.data.email}. Hand the password over in person or by another channel.` };
});

export const setAccountRole = guardedAction('admin', async (principal, _state: ActionState, formData: FormData): Promise<ActionState> => {
  const parsed = z.object({ userId, role: z.enum(ROLES, 'Choose a role.') }).safeParse(fields(formData, ['userId', 'role']));
  if (!parsed.success) return invalid(parsed.error);
  if (parsed.data.userId === principal.userId) return { status: 'error', message: 'You cannot change your own role: ask another admin.' };
  const { api, headers: requestHeaders } = await adminApi();
  try {
    await api.setRole({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    return failed(error);
  }
  revalidatePath(PAGE);
  return { status: 'ok', message: `Role changed to ${parsed.data.role}.` };
});

export const setAccountEnabled = guardedAction('admin', async (principal, _state: ActionState, formData: FormData): Promise<ActionState> => {
  const parsed = z.object({ userId, enabled: z.enum(['true', 'false']) }).safeParse(fields(formData, ['userId', 'enabled']));
  if (!parsed.success) return invalid(parsed.error);
  if (parsed.data.userId === principal.userId) return { status: 'error', message: 'You cannot disable your own account.' };
  const { api, headers: requestHeaders } = await adminApi();
  try {
    if (parsed.data.enabled === 'true') {
      await api.unbanUser({ body: { userId: parsed.data.userId }, headers: requestHeaders });
    } else {
      await api.banUser({ body: { userId: parsed.data.userId, banReason: `Disabled by ${principal.name}` }, headers: requestHeaders });
    }
  } catch (error) {
    return failed(error);
  }
  revalidatePath(PAGE);
  return { status: 'ok', message: parsed.data.enabled === 'true' ? 'Account enabled.' : 'Account disabled: its sessions ended and its tokens stopped working.' };
});

export const resetAccountPassword = guardedAction('admin', async (_principal, _state: ActionState, formData: FormData): Promise<ActionState> => {
  const parsed = z.object({ userId, password }).safeParse(fields(formData, ['userId', 'password']));
  if (!parsed.success) return invalid(parsed.error);
  const { api, headers: requestHeaders } = await adminApi();
  try {
    await api.setUserPassword({ body: { userId: parsed.data.userId, newPassword: parsed.data.password }, headers: requestHeaders });
    // Whoever knew the old password is signed out everywhere.
    await api.revokeUserSessions({ body: { userId: parsed.data.userId }, headers: requestHeaders });
  } catch (error) {
    return failed(error);
  }
  return { status: 'ok', message: 'Password reset; the account’s sessions were ended.' };
});

export const createToken = guardedAction('editor', async (principal, _state: ActionState, formData: FormData): Promise<ActionState> => {
  const name = parseTokenName(formData instanceof FormData ? formData.get('name') : null);
  if (!name) return { status: 'error', message: 'Say what the token is for, in at most 100 characters.' };
  const { token } = await issueApiToken(principal.userId, name);
  revalidatePath(PAGE);
  return { status: 'ok', message: `Token “${name}” created.`, token };
});

export const revokeToken = guardedAction('editor', async (principal, _state: ActionState, formData: FormData): Promise<ActionState> => {
  const parsed = z.coerce.number().int().positive().safeParse(formData instanceof FormData ? formData.get('tokenId') : null);
  if (!parsed.success) return { status: 'error', message: 'No such token.' };
  const revoked = await revokeApiToken(principal.userId, parsed.data);
  revalidatePath(PAGE);
  return revoked ? { status: 'ok', message: 'Token revoked.' } : { status: 'error', message: 'That token is not yours or was already revoked.' };
});
