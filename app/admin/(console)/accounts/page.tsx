import type { Metadata } from 'next';
import { AccountControls } from '@/components/admin/account-controls';
import { CreateAccountForm } from '@/components/admin/create-account-form';
import { CreateTokenForm } from '@/components/admin/create-token-form';
import { RevokeTokenForm } from '@/components/admin/revoke-token-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/auth';
import { requirePageRole } from '@/lib/auth/page-guard';
import { isRole } from '@/lib/auth/roles';
import { listAccounts } from '@/lib/queries/list-accounts';
import { listApiTokens } from '@/lib/queries/list-api-tokens';
import { createAccount, createToken, resetAccountPassword, revokeToken, setAccountEnabled, setAccountRole } from './actions';

export const metadata: Metadata = { title: 'Accounts' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const when = (date: Date | null) => (date ? `${dateFormat.format(date)} UTC` : 'never');

const cell = 'border-b border-zinc-200 px-2 py-2 align-top dark:border-zinc-800';

export default async function AccountsPage() {
  const principal = await requirePageRole('editor');
  const [tokens, accounts] = await Promise.all([listApiTokens(principal.userId), principal.role === 'admin' ? listAccounts() : null]);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold tracking-tight">Accounts</h1>

      {accounts ? (
        <section aria-labelledby="accounts-heading" className="space-y-4">
          <h2 id="accounts-heading" className="text-lg font-semibold">
            Everyone who curates
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className={cell}>Account</th>
                  <th scope="col" className={cell}>Role</th>
                  <th scope="col" className={cell}>Status</th>
                  <th scope="col" className={cell}>Changes</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.id} data-testid="account-row">
                    <td className={cell}>
                      <div className="font-medium">{account.name}</div>
                      <div className="text-zinc-600 dark:text-zinc-400">{account.email}</div>
                    </td>
                    <td className={cell}>{account.role ?? 'none'}</td>
                    <td className={cell}>{account.banned ? 'Disabled' : 'Enabled'}</td>
                    <td className={cell}>
                      {account.id === principal.userId ? (
                        <span className="text-zinc-600 dark:text-zinc-400">This is you: another admin can change your account.</span>
                      ) : (
                        <AccountControls
                          account={{ id: account.id, name: account.name, role: isRole(account.role) ? account.role : null, disabled: account.banned === true }}
                          actions={{ setRole: setAccountRole, setEnabled: setAccountEnabled, resetPassword: resetAccountPassword }}
                          minPasswordLength={MIN_PASSWORD_LENGTH}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 className="pt-2 font-semibold">New account</h3>
          <CreateAccountForm action={createAccount} minPasswordLength={MIN_PASSWORD_LENGTH} />
        </section>
      ) : null}

      <section aria-labelledby="tokens-heading" className="space-y-4">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          Your API tokens
        </h2>
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
          Scripts send a token as <code>Authorization: Bearer &lt;token&gt;</code> and act as you, with your role. A token is shown once,
          when it is made; revoke one you no longer use, or that may have leaked. <code>npm run user:token</code> does the same from a shell.
        </p>
        <CreateTokenForm action={createToken} />
        {tokens.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">You have no API tokens.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className={cell}>Token</th>
                  <th scope="col" className={cell}>Starts with</th>
                  <th scope="col" className={cell}>Created</th>
                  <th scope="col" className={cell}>Last used</th>
                  <th scope="col" className={cell}>Status</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} data-testid="token-row">
                    <td className={cell}>{token.name}</td>
                    <td className={`${cell} font-mono`}>{token.start}…</td>
                    <td className={cell}>{when(token.createdAt)}</td>
                    <td className={cell}>{when(token.lastUsedAt)}</td>
                    <td className={cell}>
                      {token.revokedAt ? `Revoked ${when(token.revokedAt)}` : <RevokeTokenForm action={revokeToken} tokenId={token.id} tokenName={token.name} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
