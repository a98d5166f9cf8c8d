// The embedded default, as users meet it: the scripts run as separate processes on a data folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTempFile } from '../helpers/csv-files';

const TSX = path.join('node_modules', '.bin', 'tsx');
let dataDir: string;

/** The scripts' environment with no DATABASE_URL, so they use the embedded default in `dataDir`. */
function env(): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, SF_DATA_DIR: dataDir, SF_EMBEDDED_PORT: '0' };
  delete childEnv.DATABASE_URL;
  return childEnv;
}

function script(file: string, args: string[] = []) {
  const result = spawnSync(TSX, [file, ...args], { env: env(), encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sf-lifecycle-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

it('starts an embedded database when none runs, keeps its data across restarts, and stops it', () => {
  const first = script('scripts/db-seed.ts');
  expect(first.output).toContain('seed loaded as revision 1');
  expect(first.status).toBe(0);
  expect(existsSync(path.join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false);

  const second = script('scripts/db-seed.ts');
  expect(second.output).toContain('seed data already loaded; nothing changed');
  expect(second.status).toBe(0);
});

it('lets the importer attach to the database a running dashboard holds', async () => {
  const holder = spawn(TSX, ['tests/fixtures/hold-database.ts'], { env: env() });
  try {
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('holding')) resolve();
      });
      holder.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
    });
    const series = writeTempFile('slug,title,unit,topic,kind\nnew-series,New series,things,troops,level\n', 'series.csv');
    const imported = script('scripts/db-import.ts', ['--series', series, '--author', 'tester']);
    expect(imported.output).toContain('already running');
    expect(imported.output).toContain('revision 1: 1 series created');
    expect(imported.status).toBe(0);
    expect(existsSync(path.join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(true);
  } finally {
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGTERM');
    await exited;
  }
  expect(existsSync(path.join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false);
});

it('exits non-zero with the problems listed when a file is bad', () => {
  const bad = writeTempFile('series,value,qualifier,claimant,publisher\ntroops-deployed,1,moar_than,a,b\n');
  const result = script('scripts/db-import.ts', [bad]);
  expect(result.status).toBe(1);
  expect(result.output).toContain('row 2, column qualifier: "moar_than" is not one of exact, approx');
  expect(result.output).toContain('nothing imported');
});
