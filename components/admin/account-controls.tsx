'use client';

import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/admin/action-state';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/roles';
import { ActionMessage } from './action-message';
import { inputClass, labelClass, secondaryButtonClass } from './styles';

export interface AccountControlsProps {
  account: { id: string; name: string; role: Role | null; disabled: boolean };
  actions: { setRole: FormAction; setEnabled: FormAction; resetPassword: FormAction };
  minPasswordLength: number;
}

/** What an admin can change about someone else's account: its role, whether it is enabled, its password. */
export function AccountControls({ account, actions, minPasswordLength }: AccountControlsProps) {
  const [roleState, setRole, rolePending] = useActionState(actions.setRole, IDLE);
  const [enabledState, setEnabled, enabledPending] = useActionState(actions.setEnabled, IDLE);
  const [passwordState, resetPassword, passwordPending] = useActionState(actions.resetPassword, IDLE);
  const id = account.id;
  return (
    <div className="space-y-3">
      <form action={setRole} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={id} />
        <div>
          <label htmlFor={`role-${id}`} className={labelClass}>
            Role of {account.name}
          </label>
          <select id={`role-${id}`} name="role" defaultValue={account.role ?? 'editor'} className={inputClass}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={rolePending} className={secondaryButtonClass}>
          Change role
        </button>
        <ActionMessage state={roleState} />
      </form>
      <form action={setEnabled} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="userId" value={id} />
        <input type="hidden" name="enabled" value={account.disabled ? 'true' : 'false'} />
        <button type="submit" disabled={enabledPending} className={secondaryButtonClass}>
          {account.disabled ? `Enable ${account.name}` : `Disable ${account.name}`}
        </button>
        <ActionMessage state={enabledState} />
      </form>
      <form action={resetPassword} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={id} />
        <div>
          <label htmlFor={`password-${id}`} className={labelClass}>
            New password for {account.name}
          </label>
          <input
            id={`password-${id}`}
            name="password"
            type="password"
            required
            minLength={minPasswordLength}
            autoComplete="new-password"
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={passwordPending} className={secondaryButtonClass}>
          Reset password
        </button>
        <ActionMessage state={passwordState} />
      </form>
    </div>
  );
}
