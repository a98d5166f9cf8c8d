// The environment, validated with zod: each part where it is read, and all of it once at start-up
// (validateAppEnv, called by instrumentation.ts and by the start script before Next.js starts), so a
// bad setting stops the app with a message that names it rather than failing on some later request.
// DATABASE_URL and BETTER_AUTH_SECRET are provided by the start script (embedded Postgres, generated
// secret) or by the user; the app itself never invents either.
import { z } from 'zod';

type Env = Record<string, string | undefined>;

const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: start the app with `npm start`, which provides one' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
});

/** better-auth warns below 32 characters; we refuse. */
export const MIN_AUTH_SECRET_LENGTH = 32;

const authEnvSchema = z.object({
  BETTER_AUTH_SECRET: z
    .string({ error: 'BETTER_AUTH_SECRET is not set: start the app with `npm start`, which provides one, or set it (see .env.example)' })
    .min(MIN_AUTH_SECRET_LENGTH, `BETTER_AUTH_SECRET must be at least ${MIN_AUTH_SECRET_LENGTH} characters, e.g. from \`openssl rand -base64 32\``),
});

const siteUrlSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'SITE_URL must be an http:// or https:// URL, e.g. https://figures.example.org' })
    .refine((value) => {
      // zod runs this check even when the URL check above failed.
      if (!URL.canParse(value)) return true;
      const url = new URL(value);
      return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    }, 'SITE_URL must be the site’s origin only, without a path, query or credentials, e.g. https://figures.example.org')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;
export type AuthEnv = z.infer<typeof authEnvSchema>;

function parse<T>(schema: z.ZodType<T>, env: Env): T {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export function readServerEnv(env: Env = process.env): ServerEnv {
  return parse(serverEnvSchema, env);
}

export function readAuthEnv(env: Env = process.env): AuthEnv {
  return parse(authEnvSchema, env);
}

/** The configured origin without a trailing slash, or null when SITE_URL is not set. */
export function readSiteUrl(env: Env = process.env): string | null {
  const { SITE_URL } = parse(siteUrlSchema, env);
  return SITE_URL ? new URL(SITE_URL).origin : null;
}

/** Everything the app needs, checked at once, so that one start names every bad setting. */
export function validateAppEnv(env: Env = process.env): void {
  const parsed = serverEnvSchema.and(authEnvSchema).and(siteUrlSchema).safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
}
