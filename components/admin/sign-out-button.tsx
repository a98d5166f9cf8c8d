'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { signInHref } from '@/lib/auth/admin-paths';
import { secondaryButtonClass } from './styles';

/** Ends the session (better-auth's sign-out, which also clears the cookie) and goes to the sign-in page. */
export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const signOut = async () => {
    setPending(true);
    setFailed(false);
    const response = await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => null);
    if (response?.ok) {
      router.replace(signInHref('signed-out'));
      router.refresh();
      return;
    }
    setPending(false);
    setFailed(true);
  };
  return (
    <span className="flex items-center gap-2">
      <button type="button" onClick={() => void signOut()} disabled={pending} className={secondaryButtonClass}>
        {pending ? 'Signing out…' : 'Sign out'}
      </button>
      <span role="status" className="text-sm text-red-700 dark:text-red-400">
        {failed ? 'Could not sign out. Please try again.' : ''}
      </span>
    </span>
  );
}
