import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/sign-in-form';
import { safeDestination } from '@/lib/auth/admin-paths';
import { authorize } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Sign in' };

const NOTICES: Record<string, string> = {
  disabled: 'This account is disabled. An admin can enable it again.',
  'signed-out': 'You are signed out.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next, reason } = await searchParams;
  const destination = safeDestination(next);
  const current = await authorize({ method: 'GET', headers: new Headers(await headers()) }, 'editor');
  if (current.ok) redirect(destination);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight">Sign in to curate</h1>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        For the people who keep the figures current. Reading the dashboard needs no account.
      </p>
      <SignInForm next={destination} notice={typeof reason === 'string' ? (NOTICES[reason] ?? null) : null} />
    </div>
  );
}
