import nextJest from 'next/jest.js';

// next/jest compiles TypeScript with Next's own SWC, so tests see the code exactly as the app does.
const createJestConfig = nextJest({ dir: './' });

const shared = {
  testEnvironment: 'node',
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/.data/'],
};

export default async function config() {
  const project = (overrides) => createJestConfig({ ...shared, ...overrides })();
  return {
    // Starts one PostgreSQL for the whole run; test files each get their own database on it.
    globalSetup: '<rootDir>/tests/setup/global-setup.cjs',
    globalTeardown: '<rootDir>/tests/setup/global-teardown.cjs',
    projects: [
      await project({ displayName: 'unit', testMatch: ['<rootDir>/lib/**/*.test.ts'] }),
      // Generous limits: these wait on a real database and a real browser on a 2-core machine.
      await project({ displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'], testTimeout: 60_000 }),
      await project({ displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], testTimeout: 120_000 }),
    ],
  };
}
