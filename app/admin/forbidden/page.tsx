import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not allowed' };

export default function ForbiddenPage() {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">403</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">Your account cannot do this</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">This page or action needs a role your account does not have. An admin can change your role.</p>
      <p className="mt-4 text-sm font-medium">
        <Link href="/admin" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Back to the curation pages
        </Link>
      </p>
    </div>
  );
}
