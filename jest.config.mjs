import nextJest from 'next/jest.js';

// next/jest compiles TypeScript with Next's own SWC, so tests see the code exactly as the app does.
const createJestConfig = nextJest({ dir: './' });

const shared = {
  testEnvironment: 'node',
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/.data/'],
};

export default async function config() {
  // better-auth and the packages it loads ship only ES modules, which Jest's CommonJS mode cannot
  // require; they are compiled like our own code, so that tests can load route handlers and server
  // actions that use the guard. next/jest's first pattern ignores all of node_modules; it is replaced.
  const project = async (overrides) => {
    const resolved = await createJestConfig({ ...shared, ...overrides })();
    const esmOnly = 'better-auth|@better-auth|better-call|@better-fetch|@noble|jose|defu|nanostores|kysely|rou3|uncrypto|@standard-schema';
    return { ...resolved, transformIgnorePatterns: [`/node_modules/(?!(${esmOnly})/)`, ...resolved.transformIgnorePatterns.slice(1)] };
  };
  return {
    // Generous, and global (Jest reads it from the top level only): integration and browser tests wait
    // on a real database, a real server and a real browser on a 2-core machine.
    testTimeout: 120_000,
    // Starts one PostgreSQL for the whole run; test files each get their own database on it.
    globalSetup: '<rootDir>/tests/setup/global-setup.cjs',
    globalTeardown: '<rootDir>/tests/setup/global-teardown.cjs',
    projects: [
      await project({ displayName: 'unit', testMatch: ['<rootDir>/lib/**/*.test.ts'] }),
      await project({ displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] }),
      // Finds (or fetches) a browser before anything starts, only when browser tests are in the run.
      await project({ displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], globalSetup: '<rootDir>/tests/setup/browser-setup.cjs' }),
    ],
  };
}
