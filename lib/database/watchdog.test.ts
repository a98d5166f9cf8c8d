import type { EmbeddedServerControl } from './embedded';
import { watchEmbeddedDatabase } from './watchdog';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fakeServer(failingStarts = 0) {
  let alive = true;
  let pid = 100;
  let failures = failingStarts;
  const control: EmbeddedServerControl = {
    port: 54329,
    pid: () => pid,
    alive: () => alive,
    restart: async () => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('pre-existing shared memory block is still in use');
      }
      pid += 1;
      alive = true;
    },
  };
  return { control, kill: () => (alive = false), isAlive: () => alive };
}

describe('watchEmbeddedDatabase', () => {
  it('starts a dead server again and says so', async () => {
    const server = fakeServer(1);
    const lines: string[] = [];
    const watchdog = watchEmbeddedDatabase(server.control, { log: (line) => lines.push(line), intervalMs: 10 });
    server.kill();
    await sleep(1300);
    watchdog.stop();
    expect(server.isAlive()).toBe(true);
    expect(lines[0]).toMatch(/^embedded PostgreSQL \(pid 100\) stopped unexpectedly; restarting it \(restart 1 of at most 5 in 10 minutes\)$/);
    expect(lines[1]).toMatch(/^embedded PostgreSQL is running again on port 54329 \(pid 101\), \d+\.\d s after it stopped$/);
  });

  it('gives up, saying so once, after too many restarts in its window', async () => {
    const server = fakeServer();
    const lines: string[] = [];
    const watchdog = watchEmbeddedDatabase(server.control, { log: (line) => lines.push(line), intervalMs: 5, maxRestarts: 2 });
    for (let i = 0; i < 4; i += 1) {
      server.kill();
      await sleep(40);
    }
    watchdog.stop();
    expect(lines.filter((line) => line.includes('stopped unexpectedly; restarting it'))).toHaveLength(2);
    expect(lines.filter((line) => line.includes('not restarting it any more'))).toHaveLength(1);
    expect(server.isAlive()).toBe(false);
  });
});
