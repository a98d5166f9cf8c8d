// What the account scripts share: the project's database (DATABASE_URL or the embedded default,
// migrated first, as for the other scripts), a better-auth instance on it with the same secret as the
// app, and a password read without echo.
import { createPrismaClient } from '@/lib/db';
import { createAuth, type Auth } from '@/lib/auth/auth';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { dataRoot } from '@/lib/database/embedded';
import { openMigratedDatabase } from '@/lib/database/prepare';
import type { PrismaClient } from '@/generated/prisma/client';
import { log } from './cli';

export async function withAccounts<T>(work: (context: { auth: Auth; prisma: PrismaClient }) => Promise<T>): Promise<T> {
  const { secret } = await resolveAuthSecret(dataRoot());
  const database = await openMigratedDatabase(log);
  const prisma = createPrismaClient(database.url);
  try {
    // Cookies are never set from a shell; the flag only has to be given.
    return await work({ auth: createAuth({ prisma, secret, secureCookies: false }), prisma });
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

/** Reads one line from the terminal without showing it. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    let value = '';
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
  });
}

/**
 * The password from SF_PASSWORD, or asked for twice on the terminal. With neither a terminal nor
 * SF_PASSWORD there is nobody to ask, and saying so beats waiting for input that never comes.
 */
export async function readPassword(): Promise<string> {
  const fromEnv = process.env.SF_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new Error('No password: set SF_PASSWORD, or run this in a terminal to be asked for one (it is not echoed).');
  }
  const first = await readHidden('Password: ');
  const second = await readHidden('Password again: ');
  if (first !== second) throw new Error('The two passwords differ; nothing was created.');
  return first;
}
