// The secret better-auth signs session cookies with. BETTER_AUTH_SECRET wins when set (several
// instances behind one site must share it). Otherwise one is generated at first start and kept beside
// the embedded database's credentials under the data folder: git-ignored, readable by its owner only,
// so sessions survive a restart. There is no default secret.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MIN_AUTH_SECRET_LENGTH, readAuthEnv } from '@/lib/env';

export const SECRET_FILE = 'auth-secret';

export async function readOrCreateSecretFile(root: string): Promise<string> {
  const file = path.join(root, SECRET_FILE);
  if (!existsSync(file)) {
    await mkdir(root, { recursive: true, mode: 0o700 });
    // Written whole under another name, then linked into place, which fails if the file is there:
    // when two processes start at once, both end up reading the one secret that won.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      await link(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(draft);
    }
  }
  const secret = (await readFile(file, 'utf8')).trim();
  if (secret.length < MIN_AUTH_SECRET_LENGTH) {
    throw new Error(`${file} holds no usable secret (under ${MIN_AUTH_SECRET_LENGTH} characters): delete it to have a new one generated`);
  }
  return secret;
}

/** BETTER_AUTH_SECRET when set (validated), else the generated one under `root`. */
export async function resolveAuthSecret(root: string, env: Record<string, string | undefined> = process.env): Promise<{ secret: string; source: string }> {
  if (env.BETTER_AUTH_SECRET) return { secret: readAuthEnv(env).BETTER_AUTH_SECRET, source: 'BETTER_AUTH_SECRET' };
  return { secret: await readOrCreateSecretFile(root), source: path.join(root, SECRET_FILE) };
}
