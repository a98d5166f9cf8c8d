// Keeps the embedded PostgreSQL that `npm start` runs alive: when its postmaster dies (killed, out of
// memory, a crash), it is started again on the same data and port, so the running dashboard, which
// answers 503 meanwhile, finds it again by itself. A server that keeps dying is not restarted
// forever: after `maxRestarts` within `windowMs` the watchdog says so and stops trying.
import type { EmbeddedServerControl } from './embedded';

export interface WatchdogOptions {
  log: (message: string) => void;
  /** How often to look; a death is noticed within this. */
  intervalMs?: number;
  maxRestarts?: number;
  windowMs?: number;
  /** Attempts to start the server again after one death, a second apart (its old processes may still be exiting). */
  attempts?: number;
}

export interface Watchdog {
  stop(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function watchEmbeddedDatabase(control: EmbeddedServerControl, options: WatchdogOptions): Watchdog {
  const { log, intervalMs = 1000, maxRestarts = 5, windowMs = 10 * 60_000, attempts = 10 } = options;
  const restarts: number[] = [];
  let busy = false;
  let stopped = false;

  async function revive(deadPid: number | null): Promise<void> {
    const now = Date.now();
    while (restarts.length > 0 && restarts[0] < now - windowMs) restarts.shift();
    const minutes = Math.round(windowMs / 60_000);
    if (restarts.length >= maxRestarts) {
      log(
        `embedded PostgreSQL stopped again (pid ${deadPid}) after ${maxRestarts} restarts in ${minutes} minutes; ` +
          'not restarting it any more. The dashboard answers 503 until it is back: read the PostgreSQL log above, then restart `npm start`.',
      );
      watchdog.stop();
      return;
    }
    restarts.push(now);
    log(`embedded PostgreSQL (pid ${deadPid}) stopped unexpectedly; restarting it (restart ${restarts.length} of at most ${maxRestarts} in ${minutes} minutes)`);
    for (let attempt = 1; attempt <= attempts && !stopped; attempt += 1) {
      try {
        await control.restart();
        log(`embedded PostgreSQL is running again on port ${control.port} (pid ${control.pid()}), ${((Date.now() - now) / 1000).toFixed(1)} s after it stopped`);
        return;
      } catch (error) {
        if (attempt === attempts) {
          log(`embedded PostgreSQL could not be started again after ${attempts} attempts; the dashboard answers 503 until it is back. Last error: ${String(error)}`);
          watchdog.stop();
          return;
        }
        await sleep(1000);
      }
    }
  }

  const timer = setInterval(() => {
    if (busy || stopped || control.alive()) return;
    busy = true;
    void revive(control.pid()).finally(() => {
      busy = false;
    });
  }, intervalMs);
  timer.unref();

  const watchdog: Watchdog = {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
  return watchdog;
}
