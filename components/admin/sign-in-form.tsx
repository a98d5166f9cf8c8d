'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { inputClass, labelClass, primaryButtonClass } from './styles';

export interface SignInFormProps {
  /** Where to go once signed in (a path under /admin, checked by the page). */
  next: string;
  /** Why the guard sent the person here, if it said. */
  notice: string | null;
}

type Failure = { kind: 'credentials' | 'rate-limit' | 'disabled' | 'other'; message: string };

function retryText(response: Response): string {
  const seconds = Number(response.headers.get('x-retry-after'));
  if (!Number.isFinite(seconds) || seconds <= 0) return 'Please wait a minute before you try again.';
  return seconds < 120 ? `Please wait ${seconds} seconds before you try again.` : `Please wait ${Math.ceil(seconds / 60)} minutes before you try again.`;
}

async function describeFailure(response: Response): Promise<Failure> {
  const body = (await response.json().catch(() => ({}))) as { code?: string };
  if (response.status === 429) return { kind: 'rate-limit', message: `Too many sign-in attempts. ${retryText(response)}` };
  if (response.status === 401 || body.code === 'INVALID_EMAIL_OR_PASSWORD') {
    return { kind: 'credentials', message: 'That email and password do not match an account. Check both and try again.' };
  }
  if (body.code === 'BANNED_USER') return { kind: 'disabled', message: 'This account is disabled. An admin can enable it again.' };
  return { kind: 'other', message: `Signing in failed (the server answered ${response.status}). Please try again.` };
}

/**
 * Email and password, posted to better-auth's sign-in endpoint, which sets the session cookie and
 * applies the rate limit. A failure is announced and takes the focus, so a screen-reader user hears
 * it at once; the password field is emptied, the email kept.
 */
export function SignInForm({ next, notice }: SignInFormProps) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (failure) errorRef.current?.focus();
  }, [failure]);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setFailure(null);
    const response = await fetch('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? ''), rememberMe: true }),
    }).catch(() => null);
    if (response?.ok) {
      router.replace(next);
      router.refresh();
      return;
    }
    setPending(false);
    if (passwordRef.current) passwordRef.current.value = '';
    setFailure(response ? await describeFailure(response) : { kind: 'other', message: 'The server could not be reached. Check the connection and try again.' });
  };

  const invalid = failure?.kind === 'credentials' ? true : undefined;
  return (
    <form onSubmit={(event) => void submit(event)} className="mt-6 space-y-4" aria-describedby={failure ? 'sign-in-error' : undefined}>
      {notice && !failure ? (
        <p role="status" className="rounded-md border border-zinc-300 bg-zinc-100 px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900">
          {notice}
        </p>
      ) : null}
      <div
        id="sign-in-error"
        ref={errorRef}
        tabIndex={-1}
        role="alert"
        className={failure ? 'rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-red-800 dark:bg-red-950 dark:text-red-200' : 'sr-only'}
      >
        {failure?.message ?? ''}
      </div>
      <div>
        <label htmlFor="sign-in-email" className={labelClass}>
          Email
        </label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required aria-invalid={invalid} className={inputClass} />
      </div>
      <div>
        <label htmlFor="sign-in-password" className={labelClass}>
          Password
        </label>
        <input
          id="sign-in-password"
          ref={passwordRef}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid}
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
