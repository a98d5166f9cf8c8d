// npm run user:create -- --email E --name N --role admin|editor
// Makes an account on the project's database. The password comes from SF_PASSWORD or is asked for
// without echo; there is no default account and no default password.
import { parseArgs } from 'node:util';
import { APIError } from 'better-auth/api';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/auth';
import { isRole, ROLES } from '@/lib/auth/roles';
import { readPassword, withAccounts } from './accounts-cli';
import { log, run } from './cli';

const USAGE = `usage: npm run user:create -- --email you@example.org --name "Your Name" --role ${ROLES.join('|')}  (password from SF_PASSWORD, or asked for)`;

run(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } });
  const email = values.email?.trim().toLowerCase();
  const name = values.name?.trim();
  if (!email || !name || !values.role) throw new Error(USAGE);
  if (!isRole(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}, not "${values.role}"`);
  const role = values.role;
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new Error(`The password must have ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters; nothing was created.`);
  }
  await withAccounts(async ({ auth }) => {
    try {
      const { user } = await auth.api.createUser({ body: { email, name, password, role } });
      log(`created ${role} account ${user.email} (${user.name}); sign in at /admin/sign-in`);
    } catch (error) {
      if (error instanceof APIError) throw new Error(`${email}: ${error.body?.message ?? error.message}`);
      throw error;
    }
  });
});
