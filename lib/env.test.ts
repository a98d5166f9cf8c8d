import { parseHttpSettings, readAuthEnv, readServerEnv, validateAppEnv } from './env';

const valid = { DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/db', BETTER_AUTH_SECRET: 'x'.repeat(32) };

describe('validateAppEnv', () => {
  it('accepts a complete environment', () => {
    expect(() => validateAppEnv(valid)).not.toThrow();
    expect(() => validateAppEnv({ ...valid, SITE_URL: 'https://figures.example.org', HOST: '0.0.0.0' })).not.toThrow();
  });

  it('names every bad setting at once', () => {
    expect(() => validateAppEnv({ DATABASE_URL: 'mysql://x', SITE_URL: 'figures.example.org', PORT: 'http' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgres.*BETTER_AUTH_SECRET: BETTER_AUTH_SECRET is not set.*PORT: PORT must be a port number.*SITE_URL: SITE_URL must be an http/,
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

describe('readServerEnv', () => {
  it('needs a postgres URL and says how to get one', () => {
    expect(readServerEnv({ DATABASE_URL: 'postgresql://u:p@localhost/db' }).DATABASE_URL).toBe('postgresql://u:p@localhost/db');
    expect(() => readServerEnv({})).toThrow(/npm start/);
    expect(() => readServerEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });

  it('reads the replicas as a list of postgres URLs, none when unset or empty', () => {
    const primary = { DATABASE_URL: 'postgresql://u:p@primary/db' };
    expect(readServerEnv(primary).DATABASE_REPLICA_URLS).toBeUndefined();
    expect(readServerEnv({ ...primary, DATABASE_REPLICA_URLS: '' }).DATABASE_REPLICA_URLS).toBeUndefined();
    expect(readServerEnv({ ...primary, DATABASE_REPLICA_URLS: 'postgresql://u:p@r1/db, postgres://u:p@r2:5433/db' }).DATABASE_REPLICA_URLS).toEqual([
      'postgresql://u:p@r1/db',
      'postgres://u:p@r2:5433/db',
    ]);
    expect(() => readServerEnv({ ...primary, DATABASE_REPLICA_URLS: 'postgresql://u:p@r1/db,r2:5432' })).toThrow(/DATABASE_REPLICA_URLS must be postgres/);
  });
});

describe('parseHttpSettings', () => {
  it('listens on 127.0.0.1:3000, trusts no proxy and knows no public address by default', () => {
    expect(parseHttpSettings({})).toEqual({ host: '127.0.0.1', port: 3000, siteUrl: null, allowedHosts: [], trustedProxies: 0, writeLimitPerMinute: 30 });
    expect(parseHttpSettings({ HOST: '', PORT: '', SITE_URL: '', TRUSTED_PROXIES: '' }).host).toBe('127.0.0.1');
  });

  it('reads every setting into its typed value', () => {
    expect(
      parseHttpSettings({
        HOST: '0.0.0.0',
        PORT: '8080',
        SITE_URL: 'https://figures.example.org/',
        ALLOWED_HOSTS: 'Figures.Internal, 10.0.0.5:8080,',
        TRUSTED_PROXIES: '1',
        WRITE_LIMIT_PER_MINUTE: '120',
      }),
    ).toEqual({
      host: '0.0.0.0',
      port: 8080,
      siteUrl: 'https://figures.example.org',
      allowedHosts: ['figures.internal', '10.0.0.5:8080'],
      trustedProxies: 1,
      writeLimitPerMinute: 120,
    });
  });

  it('refuses a bad value, naming the setting and what it accepts', () => {
    expect(() => parseHttpSettings({ SITE_URL: 'figures.example.org' })).toThrow(/SITE_URL: SITE_URL must be an http/);
    expect(() => parseHttpSettings({ SITE_URL: 'ftp://figures.example.org' })).toThrow(/SITE_URL/);
    expect(() => parseHttpSettings({ SITE_URL: 'https://figures.example.org/app?x=1' })).toThrow(/origin only/);
    expect(() => parseHttpSettings({ PORT: '70000' })).toThrow(/PORT must be from 1 to 65535/);
    expect(() => parseHttpSettings({ PORT: 'http' })).toThrow(/PORT must be a port number/);
    expect(() => parseHttpSettings({ HOST: 'not a host' })).toThrow(/HOST must be/);
    expect(() => parseHttpSettings({ ALLOWED_HOSTS: 'ok.example,bad host' })).toThrow(/ALLOWED_HOSTS/);
    expect(() => parseHttpSettings({ TRUSTED_PROXIES: 'yes' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseHttpSettings({ WRITE_LIMIT_PER_MINUTE: '0' })).toThrow(/WRITE_LIMIT_PER_MINUTE must be at least 1/);
  });
});
