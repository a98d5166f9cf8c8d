// The browser tests' global setup. Jest runs a project's global setup only when the run includes one
// of its tests, and before the run's own (tests/setup/global-setup.cjs), so a machine without a
// browser stops here at once, with one line that says how to get one, rather than failing every
// browser test in turn after the database has started.
const { register } = require('tsx/cjs/api');

module.exports = async function findBrowserFirst() {
  const unregister = register();
  const { BrowserNotFound, ensureBrowser } = require('../helpers/find-browser.ts');
  unregister();
  try {
    // The test workers inherit the environment: they launch what was found here, without looking again.
    process.env.CHROMIUM_PATH = ensureBrowser().path;
  } catch (error) {
    if (!(error instanceof BrowserNotFound)) throw error;
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
};
