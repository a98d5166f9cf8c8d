import { readAuthEnv, validateAppEnv } from './env';

const valid = { DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/db', BETTER_AUTH_SECRET: 'x'.repeat(32) };

describe('validateAppEnv', () => {
  it('accepts a complete environment', () => {
    expect(() => validateAppEnv(valid)).not.toThrow();
    expect(() => validateAppEnv({ ...valid, SITE_URL: 'https://figures.example.org' })).not.toThrow();
  });

  it('names every bad setting at once', () => {
    expect(() => validateAppEnv({ DATABASE_URL: 'mysql://x', SITE_URL: 'figures.example.org' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgres.*BETTER_AUTH_SECRET: BETTER_AUTH_SECRET is not set.*SITE_URL: SITE_URL must be an http/,
    );
  });
});

describe('readAuthEnv', () => {
  it('refuses a missing or short secret: there is no default', () => {
    expect(() => readAuthEnv({})).toThrow(/BETTER_AUTH_SECRET is not set/);
    expect(() => readAuthEnv({ BETTER_AUTH_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(readAuthEnv({ BETTER_AUTH_SECRET: valid.BETTER_AUTH_SECRET }).BETTER_AUTH_SECRET).toBe(valid.BETTER_AUTH_SECRET);
  });
});
