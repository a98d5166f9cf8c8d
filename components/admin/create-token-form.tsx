'use client';

import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/admin/action-state';
import { CopyField } from '@/components/share/copy-field';
import { ActionMessage } from './action-message';
import { inputClass, labelClass, primaryButtonClass } from './styles';

/** Makes an API token and shows it this once; after that only its first characters are ever shown. */
export function CreateTokenForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <div className="space-y-3">
      <form action={formAction} className="flex flex-wrap items-end gap-2">
        <div className="min-w-64">
          <label htmlFor="new-token-name" className={labelClass}>
            What the token is for
          </label>
          <input id="new-token-name" name="name" required maxLength={100} placeholder="e.g. nightly import" autoComplete="off" className={inputClass} />
        </div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? 'Creating…' : 'Create token'}
        </button>
        <ActionMessage state={state} />
      </form>
      {state.status === 'ok' && state.token ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
          <p className="mb-2 text-sm font-medium">Copy the token now: it is shown only this once.</p>
          <CopyField label="New API token" value={state.token} copiedMessage="Token copied" testId="new-api-token" />
        </div>
      ) : null}
    </div>
  );
}
