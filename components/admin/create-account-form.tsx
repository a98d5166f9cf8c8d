'use client';

import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/admin/action-state';
import { ROLE_LABELS, ROLES } from '@/lib/auth/roles';
import { ActionMessage } from './action-message';
import { inputClass, labelClass, primaryButtonClass } from './styles';

/** An admin makes an account for someone, with a first password to hand over to them. */
export function CreateAccountForm({ action, minPasswordLength }: { action: FormAction; minPasswordLength: number }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" aria-describedby="create-account-result">
      <div>
        <label htmlFor="new-account-name" className={labelClass}>
          Name
        </label>
        <input id="new-account-name" name="name" required maxLength={100} autoComplete="off" className={inputClass} />
      </div>
      <div>
        <label htmlFor="new-account-email" className={labelClass}>
          Email
        </label>
        <input id="new-account-email" name="email" type="email" required autoComplete="off" className={inputClass} />
      </div>
      <div>
        <label htmlFor="new-account-role" className={labelClass}>
          Role
        </label>
        <select id="new-account-role" name="role" defaultValue="editor" className={inputClass}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="new-account-password" className={labelClass}>
          First password (at least {minPasswordLength} characters)
        </label>
        <input
          id="new-account-password"
          name="password"
          type="password"
          required
          minLength={minPasswordLength}
          autoComplete="new-password"
          className={inputClass}
        />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? 'Creating…' : 'Create account'}
        </button>
        <ActionMessage id="create-account-result" state={state} />
      </div>
    </form>
  );
}
