// Jest loads this file untransformed, so it registers tsx to reuse the project's TypeScript modules.
const { mkdtemp } = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const { register } = require('tsx/cjs/api');

module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.SF_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const unregister = register();
  const { startEmbedded, freePort } = require('../../lib/database/embedded.ts');
  const root = await mkdtemp(path.join(os.tmpdir(), 'sf-test-pg-'));
  const handle = await startEmbedded({ root, port: await freePort() });
  unregister();
  globalThis.__SF_TEST_DATABASE__ = handle;
  process.env.SF_TEST_ADMIN_URL = handle.url.replace(/\/[^/]+$/, '/postgres');
  process.env.SF_TEST_DATA_ROOT = root;
};
