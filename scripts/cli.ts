// Shared by the scripts: the same .env as Next.js reads, one way to log and one way to fail.
import { existsSync } from 'node:fs';
import { ImportError } from '@/lib/importer/errors';

if (existsSync('.env')) process.loadEnvFile('.env');

export function log(message: string): void {
  console.log(`[sourced-figures] ${message}`);
}

/** Runs a script's main function, printing a readable error (never a stack for expected failures) and the exit code. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ImportError) {
      console.error(error.message);
    } else if (error instanceof Error) {
      console.error(`[sourced-figures] ${error.message}`);
      if (process.env.DEBUG) console.error(error.stack);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
