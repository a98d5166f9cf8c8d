// A generated dataset the size the explorer must stay fast at: 10,000 series, 1,000,000 figures, with
// superseded and retired versions, competing claimants per series, every qualifier and date
// precision. Every value is a seeded hash of the figure's number, so the same seed gives the same
// rows on every machine, whatever order they are made in.
//
// It is written the way the app writes data: through the bulk apply (lib/dataset/write.ts), one
// revision per step. The series and events first; then the figures in 20 batches (as if 20 imports
// over time), each batch grouped by series like a CSV file is, so a series' figures sit in about 20
// places on disk, neither all together nor one per page; then a revision that corrects every 20th
// figure and one that retires every 997th.
import type { Client, Pool } from 'pg';
import { figureContentHash, figureKey } from '@/lib/dataset/figure-key';
import type { FigureDraft } from '@/lib/dataset/figure-input';
import { emptyPlan, type FigureWrite, type WritePlan } from '@/lib/dataset/plan';
import { readFigureState, readFiguresById } from '@/lib/dataset/read-state';
import { writeDataset, type Tx } from '@/lib/dataset/write';
import type { DatePrecision, PartialDate, SeriesKind, Topic } from '@/lib/figures/types';

export interface DatasetSize {
  series: number;
  figures: number;
  claimants: number;
  publishers: number;
  events: number;
  seed: number;
}

export const DEFAULT_SIZE: DatasetSize = { series: 10_000, figures: 1_000_000, claimants: 300, publishers: 800, events: 200, seed: 20_261_128 };

/** `npm run bench -- --small`: a tenth of the series and figures, for a quick check. */
export const SMALL_SIZE: DatasetSize = { ...DEFAULT_SIZE, series: 1_000, figures: 100_000 };

const BATCHES = 20;
const CORRECTED_EVERY = 20;
const RETIRED_EVERY = 997;
const TOPICS: Topic[] = ['troops', 'munitions', 'children', 'education', 'labour'];
const UNITS = ['troops', 'shells', 'children', 'students', 'workers'];
const TITLES = ['troops sent', 'shells delivered', 'children returned', 'students admitted', 'workers placed'];
const KINDS: SeriesKind[] = ['cumulative', 'cumulative', 'level', 'flow', 'target'];
const ACTOR = { userId: null, name: 'bench' };

/** Identifies a generated dataset, so a later run can reuse it rather than generate it again. */
export function datasetKey(size: DatasetSize): string {
  return `v3/${size.series}/${size.figures}/${size.claimants}/${size.publishers}/${size.events}/${size.seed}`;
}

export function benchSlug(index: number): string {
  return `bench-series-${String(index).padStart(5, '0')}`;
}

/** The key the database was generated with, or null when it holds no generated dataset. */
export async function readDatasetKey(client: Client): Promise<string | null> {
  const exists = await client.query(`SELECT to_regclass('public.bench_meta') AS name`);
  if (!exists.rows[0].name) return null;
  const row = await client.query(`SELECT value FROM bench_meta WHERE key = 'dataset'`);
  return row.rows[0]?.value ?? null;
}

/** A uniform number in [0, 1) from a figure's number and a salt: the same for the same inputs. */
function rand(i: number, salt: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x27d4eb2f, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const kindOf = (series: number): SeriesKind => KINDS[Math.floor(series / 5) % 5];
const seriesOf = (size: DatasetSize, i: number) => 1 + ((i - 1) % size.series);

const isoDay = (days: number) => new Date(Date.UTC(2022, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

function truncate(day: string, precision: DatePrecision): PartialDate {
  if (precision === 'year') return { date: `${day.slice(0, 4)}-01-01`, precision };
  if (precision === 'month') return { date: `${day.slice(0, 7)}-01`, precision };
  return { date: day, precision };
}

/** Figure number `i` as an import row would give it; `corrected` is its later, corrected value. */
export function benchFigure(size: DatasetSize, i: number, stage: 'first' | 'corrected' = 'corrected'): FigureDraft {
  const salt = size.seed;
  const series = seriesOf(size, i);
  const kind = kindOf(series);
  const full = Math.round(100 + rand(i, salt + 1) * 100_000);
  const value = stage === 'first' && i % CORRECTED_EVERY === 0 ? Math.round(full * 0.9) : full;
  const q = rand(i, salt + 2);
  const qualifier = q < 0.35 ? 'approx' : q < 0.55 ? 'exact' : q < 0.7 ? 'more_than' : q < 0.75 ? 'at_least' : q < 0.8 ? 'up_to' : q < 0.85 ? 'less_than' : 'range';
  const p = rand(i, salt + 3);
  const precision: DatePrecision = p < 0.6 ? 'day' : p < 0.9 ? 'month' : 'year';
  const rawDays = Math.floor(rand(i, salt + 4) * 1640);
  const rawEnd = isoDay(rawDays);
  const note = rand(i, salt + 7);
  const periodEnd = kind === 'flow' ? truncate(rawEnd, 'month') : truncate(rawEnd, precision);
  const periodStart = kind === 'flow' ? periodEnd : kind === 'cumulative' ? { date: '2022-01-01', precision: 'year' as const } : null;
  const claimant = 1 + ((series * 37 + Math.floor(rand(i, salt + 5) * 3) * 101) % size.claimants);
  return {
    seriesSlug: benchSlug(series),
    value: String(value),
    qualifier,
    valueLow: qualifier === 'range' ? String(Math.round(value * 0.8)) : null,
    valueHigh: qualifier === 'range' ? String(Math.round(value * 1.2)) : null,
    periodStart,
    periodEnd,
    // Three claimants per series, from different bodies, so every series has competing estimates.
    claimant: { name: `Claimant ${claimant}`, organization: `Body ${1 + (claimant % 60)}` },
    via: note < 0.1 ? 'Generated intermediary' : null,
    publisher: { name: `Publisher ${1 + Math.floor(rand(i, salt + 6) * size.publishers)}` },
    url: `https://example.org/bench/${i}`,
    publicationTitle: note < 0.5 ? `Generated article title number ${i}` : null,
    publishedOn: { date: isoDay(rawDays + Math.round(note * 20)), precision: 'day' },
    quote: note > 0.9 ? 'A generated quote of ordinary length, as a reporter would write it down.' : null,
    note: note < 0.3 ? 'A generated note: a caveat the reader needs, of the usual length.' : null,
  };
}

export function benchSeries(size: DatasetSize, index: number) {
  return {
    slug: benchSlug(index),
    unit: UNITS[index % 5],
    kind: kindOf(index),
    title: `Bench series ${index}: ${TITLES[index % 5]}`,
    topic: TOPICS[index % 5],
    description: 'Generated for the benchmark.',
  };
}

function created(figure: FigureDraft): FigureWrite {
  const { seriesSlug, ...content } = figure;
  return { figure: { key: figureKey(figure), seriesSlug }, replaces: null, change: 'created', content, contentHash: figureContentHash(content) };
}

function seriesAndEvents(size: DatasetSize): WritePlan {
  const plan = emptyPlan();
  for (let s = 1; s <= size.series; s += 1) {
    const { slug, unit, kind, ...content } = benchSeries(size, s);
    plan.series.push({ series: { slug, unit, kind }, replaces: null, change: 'created', content });
  }
  for (let e = 1; e <= size.events; e += 1) {
    const precision: DatePrecision = e % 4 === 0 ? 'month' : 'day';
    plan.events.push({
      event: { slug: `bench-event-${e}` },
      replaces: null,
      change: 'created',
      content: {
        date: truncate(isoDay(Math.floor(rand(e, size.seed + 8) * 1640)), precision),
        title: `Generated event ${e}`,
        description: 'A generated event for the benchmark.',
        topics: [TOPICS[e % 5]],
        source: 'Generated source',
        url: `https://example.org/event/${e}`,
      },
    });
  }
  return plan;
}

/** The figure numbers of each batch, each batch in series order as a CSV file would list them. */
function batches(size: DatasetSize): number[][] {
  const out: number[][] = Array.from({ length: BATCHES }, () => []);
  for (let i = 1; i <= size.figures; i += 1) out[Math.floor(rand(i, size.seed + 9) * BATCHES)].push(i);
  for (const batch of out) batch.sort((a, b) => seriesOf(size, a) - seriesOf(size, b) || a - b);
  return out;
}

/** Fills a freshly migrated database with the generated dataset, revision by revision. */
export async function generateDataset(pool: Pool, size: DatasetSize, log: (message: string) => void): Promise<void> {
  const step = async (label: string, build: (tx: Tx) => Promise<{ plan: WritePlan; result: null }>) => {
    const started = performance.now();
    const { revision } = await writeDataset(pool, { actor: ACTOR, reason: `generated: ${label}` }, build);
    log(`  revision ${revision}, ${label}: ${Math.round(performance.now() - started)} ms`);
  };
  await step(`${size.series} series, ${size.events} events`, async () => ({ plan: seriesAndEvents(size), result: null }));
  for (const [index, batch] of batches(size).entries()) {
    await step(`figures, batch ${index + 1} of ${BATCHES} (${batch.length})`, async () => {
      const plan = emptyPlan();
      plan.figures = batch.map((i) => created(benchFigure(size, i, 'first')));
      return { plan, result: null };
    });
  }
  const every = (n: number) => Array.from({ length: Math.floor(size.figures / n) }, (_, k) => (k + 1) * n);
  await step('corrections', async (tx) => {
    const drafts = every(CORRECTED_EVERY).map((i) => benchFigure(size, i));
    const current = await readFigureState(tx, { keys: drafts.map(figureKey) });
    const plan = emptyPlan();
    plan.figures = drafts.map((figure) => {
      const state = current.get(figureKey(figure));
      if (!state) throw new Error(`figure ${figure.url} was not generated`);
      const { content } = created(figure);
      return {
        figure: { id: state.figureId, seriesId: state.seriesId },
        replaces: { versionId: state.versionId, version: state.version },
        change: 'corrected',
        content,
        contentHash: figureContentHash(content),
      };
    });
    return { plan, result: null };
  });
  await step('retirements', async (tx) => {
    const keys = every(RETIRED_EVERY).map((i) => figureKey(benchFigure(size, i)));
    const ids = [...(await readFigureState(tx, { keys })).values()].map((state) => state.figureId);
    const plan = emptyPlan();
    plan.figures = [...(await readFiguresById(tx, ids)).values()].map((state) => ({
      figure: { id: state.figureId, seriesId: state.seriesId },
      replaces: { versionId: state.versionId, version: state.version },
      change: 'retired',
      content: state.content,
      contentHash: state.contentHash,
    }));
    return { plan, result: null };
  });
  await pool.query('CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL)');
  await pool.query(`INSERT INTO bench_meta (key, value) VALUES ('dataset', $1)`, [datasetKey(size)]);
  const started = performance.now();
  await pool.query('VACUUM ANALYZE');
  log(`  vacuum analyze: ${Math.round(performance.now() - started)} ms`);
}
