// npm run user:token -- --email E [--name LABEL]   prints a new API token (shown once, stored hashed)
// npm run user:token -- --email E --list           lists that account's tokens
// npm run user:token -- --email E --revoke ID      revokes one of them
import { parseArgs } from 'node:util';
import { parseTokenName } from '@/lib/auth/api-tokens';
import { issueApiToken } from '@/lib/auth/issue-api-token';
import { findAccountByEmail } from '@/lib/queries/find-account-by-email';
import { listApiTokens } from '@/lib/queries/list-api-tokens';
import { revokeApiToken } from '@/lib/queries/revoke-api-token';
import { withAccounts } from './accounts-cli';
import { log, run } from './cli';

const USAGE = 'usage: npm run user:token -- --email E [--name LABEL] | --email E --list | --email E --revoke ID';

run(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, list: { type: 'boolean', default: false }, revoke: { type: 'string' } },
  });
  if (!values.email || (values.list && values.revoke !== undefined)) throw new Error(USAGE);
  const email = values.email;
  const revokeId = values.revoke === undefined ? null : Number(values.revoke);
  if (revokeId !== null && !(Number.isInteger(revokeId) && revokeId > 0)) throw new Error(`--revoke takes a token's number (from --list), not "${values.revoke}"`);
  const name = values.name === undefined ? `script token, ${new Date().toISOString().slice(0, 10)}` : parseTokenName(values.name);
  if (!name) throw new Error('--name must have 1 to 100 characters');

  await withAccounts(async ({ prisma }) => {
    const account = await findAccountByEmail(email, prisma);
    if (!account) throw new Error(`There is no account ${email}: make one with npm run user:create`);
    if (values.list) {
      const tokens = await listApiTokens(account.id, prisma);
      if (tokens.length === 0) log(`${account.email} has no API tokens`);
      for (const token of tokens) {
        const status = token.revokedAt ? `revoked ${token.revokedAt.toISOString()}` : 'active';
        const used = token.lastUsedAt ? token.lastUsedAt.toISOString() : 'never';
        console.log(`${token.id}\t${token.start}…\t${status}\tcreated ${token.createdAt.toISOString()}\tlast used ${used}\t${token.name}`);
      }
      return;
    }
    if (revokeId !== null) {
      if (!(await revokeApiToken(account.id, revokeId, prisma))) throw new Error(`${account.email} has no active token ${revokeId}`);
      log(`token ${revokeId} of ${account.email} revoked`);
      return;
    }
    if (account.banned) log(`note: ${account.email} is disabled, so this token will be refused until an admin enables the account`);
    const { id, token } = await issueApiToken(account.id, name, prisma);
    log(`token ${id} for ${account.email} ("${name}"); it is shown only now, store it safely:`);
    // The token alone on stdout, so that a script can capture it.
    console.log(token);
  });
});
