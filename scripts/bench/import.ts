// The importer's row of the benchmark: a figures file of 100,000 generated rows (scripts/bench/
// generate.ts, the same seeded figures the explorer is measured on), validated and written into a
// fresh database, then imported again unchanged. Each import runs in a child process, which reports
// its time from reading the file to the commit and its peak resident memory.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { Client } from 'pg';
import { partialDateToIso } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import { applyMigrations } from '@/lib/database/migrate';
import { importFiles, type ImportReport } from '@/lib/importer/import-files';
import { benchFigure, benchSeries, SMALL_SIZE } from './generate';

const DATABASE = 'sf_bench_import';
const TSX = path.join('node_modules', '.bin', 'tsx');

export interface ImportRun {
  ms: number;
  peakRssMb: number;
  report: ImportReport;
}

const iso = (d: PartialDate | null) => (d ? partialDateToIso(d) : '');

export async function writeFiles(dir: string, rows: number): Promise<{ series: string; figures: string }> {
  const size = { ...SMALL_SIZE, figures: rows };
  const series = path.join(dir, 'series.csv');
  const figures = path.join(dir, 'figures.csv');
  const seriesRows = Array.from({ length: size.series }, (_, i) => benchSeries(size, i + 1));
  await writeFile(series, stringify(seriesRows, { header: true, columns: ['slug', 'title', 'unit', 'topic', 'kind', 'description'] }));
  const figureRows = Array.from({ length: rows }, (_, i) => {
    const f = benchFigure(size, i + 1);
    return [f.seriesSlug, f.value, f.qualifier, f.valueLow ?? '', f.valueHigh ?? '', iso(f.periodStart), iso(f.periodEnd), f.claimant.name,
      f.claimant.organization, f.via ?? '', f.publisher.name, iso(f.publishedOn), f.url ?? '', f.publicationTitle ?? '', f.quote ?? '', f.note ?? ''];
  });
  const header = ['series', 'value', 'qualifier', 'value_low', 'value_high', 'period_start', 'period_end', 'claimant', 'claimant_org', 'via',
    'publisher', 'published_on', 'url', 'title', 'quote', 'note'];
  await writeFile(figures, stringify([header, ...figureRows]));
  return { series, figures };
}

export async function freshDatabase(adminUrl: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(DATABASE)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(DATABASE)}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  await applyMigrations(url.toString());
  return url.toString();
}

function importInChild(databaseUrl: string, figuresFile: string): ImportRun {
  const result = spawnSync(TSX, ['scripts/bench/import-child.ts', databaseUrl, figuresFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`the benchmark import failed: ${result.stderr || result.stdout}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as ImportRun;
}

/** `runs` rounds of a first import into a fresh database and an unchanged re-import. */
export async function benchImport(adminUrl: string, rows: number, runs: number, log: (message: string) => void): Promise<{ first: ImportRun[]; again: ImportRun[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sf-bench-import-'));
  try {
    const files = await writeFiles(dir, rows);
    const first: ImportRun[] = [];
    const again: ImportRun[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const databaseUrl = await freshDatabase(adminUrl);
      await importFiles({ databaseUrl, seriesFile: files.series, author: 'bench', reason: 'benchmark series' });
      const created = importInChild(databaseUrl, files.figures);
      if (created.report.figuresCreated !== rows) throw new Error(`the import created ${created.report.figuresCreated} figures, not ${rows}`);
      const unchanged = importInChild(databaseUrl, files.figures);
      if (unchanged.report.revision !== null || unchanged.report.figuresUnchanged !== rows) throw new Error('the unchanged re-import wrote something');
      log(`  import run ${run}: ${Math.round(created.ms)} ms (peak ${Math.round(created.peakRssMb)} MB), again unchanged ${Math.round(unchanged.ms)} ms`);
      first.push(created);
      again.push(unchanged);
    }
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(DATABASE)} WITH (FORCE)`);
    await admin.end();
    return { first, again };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
