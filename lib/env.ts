// The environment, validated with zod: each part where it is read, and all of it once at start-up
// (validateAppEnv, called by instrumentation.ts and by the start script before Next.js starts), so a
// bad setting stops the app with a message that names it rather than failing on some later request.
// DATABASE_URL and BETTER_AUTH_SECRET are provided by the start script (embedded Postgres, generated
// secret) or by the user; the app itself never invents either. The HTTP settings say where the
// dashboard listens and which addresses it answers for; each is described in .env.example.
import { isIP } from 'node:net';
import { z } from 'zod';

type Env = Record<string, string | undefined>;

const POSTGRES_URL = /^postgres(ql)?:\/\/\S+$/;

const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: start the app with `npm start`, which provides one' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
  // Streaming replicas of DATABASE_URL that public reads may use (lib/database/read-routing.ts).
  DATABASE_REPLICA_URLS: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean))
      .refine(
        (urls) => urls.every((url) => POSTGRES_URL.test(url)),
        'DATABASE_REPLICA_URLS must be postgres:// or postgresql:// URLs separated by commas, e.g. postgresql://u:p@replica-1/db,postgresql://u:p@replica-2/db',
      )
      .optional(),
  ),
});

export type ServerEnv = z.infer<typeof databaseEnvSchema>;

/** better-auth warns below 32 characters; we refuse. */
export const MIN_AUTH_SECRET_LENGTH = 32;

const authEnvSchema = z.object({
  BETTER_AUTH_SECRET: z
    .string({ error: 'BETTER_AUTH_SECRET is not set: start the app with `npm start`, which provides one, or set it (see .env.example)' })
    .min(MIN_AUTH_SECRET_LENGTH, `BETTER_AUTH_SECRET must be at least ${MIN_AUTH_SECRET_LENGTH} characters, e.g. from \`openssl rand -base64 32\``),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

/** A host name or address as a Host header carries it, with an optional port. */
const HOST_NAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** An optional setting: unset and empty both mean "use the default". */
function optional<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

const httpEnvSchema = z.object({
  HOST: optional(
    z.string().refine((value) => isIP(value) !== 0 || HOST_NAME.test(value), 'HOST must be an address or host name to listen on, e.g. 127.0.0.1 or 0.0.0.0'),
  ),
  PORT: optional(
    z
      .string()
      .regex(/^\d{1,5}$/, { message: 'PORT must be a port number, e.g. 3000', abort: true })
      .transform(Number)
      .pipe(z.number().int().min(1, 'PORT must be from 1 to 65535').max(65_535, 'PORT must be from 1 to 65535')),
  ),
  SITE_URL: optional(z
    .url({ protocol: /^https?$/, error: 'SITE_URL must be an http:// or https:// URL, e.g. https://figures.example.org' })
    .refine((value) => {
      // zod runs this check even when the URL check above failed.
      if (!URL.canParse(value)) return true;
      const url = new URL(value);
      return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    }, 'SITE_URL must be the site’s origin only, without a path, query or credentials, e.g. https://figures.example.org')),
  ALLOWED_HOSTS: optional(
    z
      .string()
      .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))
      .refine(
        (hosts) => hosts.every((host) => HOST_NAME.test(host)),
        'ALLOWED_HOSTS must be host names, each with an optional port, separated by commas, e.g. figures.example.org,10.0.0.5:3000',
      ),
  ),
  WRITE_LIMIT_PER_MINUTE: optional(
    z
      .string()
      .regex(/^\d{1,6}$/, { message: 'WRITE_LIMIT_PER_MINUTE must be a whole number of writes, e.g. 30', abort: true })
      .transform(Number)
      .pipe(z.number().int().min(1, 'WRITE_LIMIT_PER_MINUTE must be at least 1')),
  ),
  TRUSTED_PROXIES: optional(
    z
      .string()
      .regex(/^\d{1,2}$/, { message: 'TRUSTED_PROXIES must be the number of reverse proxies in front of the app, from 0 to 10', abort: true })
      .transform(Number)
      .pipe(z.number().int().max(10, 'TRUSTED_PROXIES must be the number of reverse proxies in front of the app, from 0 to 10')),
  ),
});

export interface HttpSettings {
  /** The address the dashboard listens on. */
  host: string;
  port: number;
  /** The public origin, without a trailing slash, or null when SITE_URL is not set. */
  siteUrl: string | null;
  /** Host names (with an optional port) the app answers for besides its own loopback names. */
  allowedHosts: string[];
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For and set X-Forwarded-Proto;
   * 0 means the app faces its clients directly and believes neither header.
   */
  trustedProxies: number;
  /** Writes (POST, PUT, PATCH, DELETE) each client address may make per minute. */
  writeLimitPerMinute: number;
}

function invalid(issues: z.core.$ZodIssue[]): Error {
  return new Error(`Invalid environment: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}

export function readServerEnv(env: Env = process.env): ServerEnv {
  const parsed = databaseEnvSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

export function readAuthEnv(env: Env = process.env): AuthEnv {
  const parsed = authEnvSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

/** Everything the app needs, checked at once, so that one start names every bad setting. */
export function validateAppEnv(env: Env = process.env): void {
  const parsed = databaseEnvSchema.and(authEnvSchema).and(httpEnvSchema).safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues);
}

export function parseHttpSettings(env: Env): HttpSettings {
  const parsed = httpEnvSchema.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { HOST, PORT, SITE_URL, ALLOWED_HOSTS, TRUSTED_PROXIES, WRITE_LIMIT_PER_MINUTE } = parsed.data;
  return {
    host: HOST ?? '127.0.0.1',
    port: PORT ?? 3000,
    siteUrl: SITE_URL ? new URL(SITE_URL).origin : null,
    allowedHosts: ALLOWED_HOSTS ?? [],
    trustedProxies: TRUSTED_PROXIES ?? 0,
    writeLimitPerMinute: WRITE_LIMIT_PER_MINUTE ?? 30,
  };
}

let settings: HttpSettings | undefined;

/** The HTTP settings of this process, read from its environment once. */
export function httpSettings(): HttpSettings {
  settings ??= parseHttpSettings(process.env);
  return settings;
}
