import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveAuthSecret, SECRET_FILE } from './secret';

const freshRoot = () => mkdtempSync(path.join(os.tmpdir(), 'sf-secret-'));

describe('resolveAuthSecret', () => {
  it('generates a secret at first start, readable by its owner only, and keeps it', async () => {
    const root = freshRoot();
    const first = await resolveAuthSecret(root, {});
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(first.source).toBe(path.join(root, SECRET_FILE));
    expect(statSync(first.source).mode & 0o777).toBe(0o600);
    expect((await resolveAuthSecret(root, {})).secret).toBe(first.secret);
    expect((await resolveAuthSecret(freshRoot(), {})).secret).not.toBe(first.secret);
  });

  it('takes BETTER_AUTH_SECRET when it is set, and writes nothing', async () => {
    const root = freshRoot();
    const secret = 'a'.repeat(40);
    expect(await resolveAuthSecret(root, { BETTER_AUTH_SECRET: secret })).toEqual({ secret, source: 'BETTER_AUTH_SECRET' });
    await expect(resolveAuthSecret(root, { BETTER_AUTH_SECRET: 'short' })).rejects.toThrow(/at least 32 characters/);
    expect(() => readFileSync(path.join(root, SECRET_FILE))).toThrow();
  });

  it('refuses a secret file that holds too little, rather than use it', async () => {
    const root = freshRoot();
    writeFileSync(path.join(root, SECRET_FILE), 'tiny\n');
    await expect(resolveAuthSecret(root, {})).rejects.toThrow(/holds no usable secret/);
  });

  it('gives two processes starting at once the same secret', async () => {
    const root = freshRoot();
    const results = await Promise.all(Array.from({ length: 8 }, () => resolveAuthSecret(root, {})));
    expect(new Set(results.map((r) => r.secret)).size).toBe(1);
    expect(readdirSync(root)).toEqual([SECRET_FILE]);
  });
});
