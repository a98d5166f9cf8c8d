// Server environment, validated once. DATABASE_URL is set by the start script (embedded Postgres) or
// by the user (their own server); the app itself never invents one.
import { z } from 'zod';

const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: start the app with `npm start`, which provides one' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
