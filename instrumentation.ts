// Runs once when the server starts: a missing or malformed setting stops it here, with a message that
// names the setting, rather than on the first request that needs it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { validateAppEnv } = await import('./lib/env');
  validateAppEnv();
}
