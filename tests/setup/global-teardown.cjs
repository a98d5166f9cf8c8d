const { rm } = require('node:fs/promises');

module.exports = async function globalTeardown() {
  const handle = globalThis.__SF_TEST_DATABASE__;
  if (!handle) return;
  await handle.stop();
  await rm(process.env.SF_TEST_DATA_ROOT, { recursive: true, force: true });
};
