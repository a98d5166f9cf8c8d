'use client';

import { useActionState } from 'react';
import { IDLE, type FormAction } from '@/lib/admin/action-state';
import { ActionMessage } from './action-message';
import { secondaryButtonClass } from './styles';

/** Revokes one token at once: a script that still uses it gets 401 from then on. */
export function RevokeTokenForm({ action, tokenId, tokenName }: { action: FormAction; tokenId: number; tokenName: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Revoke<span className="sr-only"> {tokenName}</span>
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
