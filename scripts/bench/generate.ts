// A generated dataset the size the explorer must stay fast at: 10,000 series, 1,000,000 figures, with
// superseded and retired versions, competing claimants per series, every qualifier and date
// precision. Generated inside PostgreSQL from seeded hashes (generate_series + hashint8extended), so the
// same seed gives the same rows on every machine and loading takes seconds, not a million round trips.
//
// Rows are laid out the way imports write them: in 20 batches (as if 20 imports over time), each batch
// grouped by series like a CSV file is, and corrections appended after. A series' figures thus sit in
// about 20 places on disk, not 100: neither all together nor one per page.
import type { Client } from 'pg';

export interface DatasetSize {
  series: number;
  figures: number;
  claimants: number;
  publishers: number;
  events: number;
  seed: number;
}

export const DEFAULT_SIZE: DatasetSize = { series: 10_000, figures: 1_000_000, claimants: 300, publishers: 800, events: 200, seed: 20_261_128 };

/** Identifies a generated dataset, so a later run can reuse it rather than generate it again. */
export function datasetKey(size: DatasetSize): string {
  return `v2/${size.series}/${size.figures}/${size.claimants}/${size.publishers}/${size.events}/${size.seed}`;
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

const STEPS: { label: string; sql: string; params?: (keyof DatasetSize)[] }[] = [
  {
    label: 'helpers',
    sql: `
      CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL);
      -- A uniform number in [0, 1) from a row number and a salt, the same for the same inputs.
      CREATE OR REPLACE FUNCTION bench_rand(i bigint, salt bigint) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS 'SELECT (abs(hashint8extended(i, salt)) % 1000000007)::float8 / 1000000007';`,
  },
  {
    label: 'revisions',
    sql: `INSERT INTO dataset_revisions (id, author, reason, created_at)
          SELECT r, 'bench', 'generated revision ' || r, timestamptz '2026-01-01' + r * interval '1 day'
          FROM generate_series(1, 3) AS r`,
  },
  {
    label: 'series',
    sql: `INSERT INTO series (id, slug, title, unit, topic, kind, description, created_rev)
          SELECT i,
            'bench-series-' || lpad(i::text, 5, '0'),
            'Bench series ' || i || ': ' || (ARRAY['troops sent', 'shells delivered', 'children returned', 'students admitted', 'workers placed'])[1 + i % 5],
            (ARRAY['troops', 'shells', 'children', 'students', 'workers'])[1 + i % 5],
            (ARRAY['troops', 'munitions', 'children', 'education', 'labour'])[1 + i % 5]::"Topic",
            (ARRAY['cumulative', 'cumulative', 'level', 'flow', 'target'])[1 + (i / 5) % 5]::"SeriesKind",
            'Generated for the benchmark.', 1
          FROM generate_series(1, $1::int) AS i`,
    params: ['series'],
  },
  {
    label: 'claimants',
    sql: `INSERT INTO claimants (id, name, organization)
          SELECT i, 'Claimant ' || i, 'Body ' || (1 + i % 60) FROM generate_series(1, $1::int) AS i`,
    params: ['claimants'],
  },
  {
    label: 'publishers',
    sql: `INSERT INTO publishers (id, name) SELECT i, 'Publisher ' || i FROM generate_series(1, $1::int) AS i`,
    params: ['publishers'],
  },
  {
    label: 'figures',
    sql: `INSERT INTO figures (id, series_id, natural_key)
          SELECT row_number() OVER (ORDER BY g.batch, g.series_id, g.i), g.series_id, md5('bench-' || g.i)
          FROM (
            SELECT i, 1 + (i - 1) % $1::int AS series_id, floor(bench_rand(i, $3::bigint + 9) * 20) AS batch
            FROM generate_series(1, $2::int) AS i
          ) AS g
          ORDER BY 1`,
    params: ['series', 'figures', 'seed'],
  },
  {
    label: 'current versions',
    sql: `INSERT INTO figure_versions (figure_id, series_id, version, change, valid_from_rev, valid_to_rev, value, qualifier,
            value_low, value_high, period_start, period_start_precision, period_end, period_end_precision, claimant_id, via,
            publisher_id, url, publication_title, published_on, published_on_precision, quote, note, content_hash)
          SELECT g.i, g.series_id,
            CASE WHEN g.i % 20 = 0 THEN 2 ELSE 1 END,
            (CASE WHEN g.i % 997 = 0 THEN 'retired' WHEN g.i % 20 = 0 THEN 'corrected' ELSE 'created' END)::"ChangeKind",
            CASE WHEN g.i % 20 = 0 THEN 2 ELSE 1 END, NULL,
            g.v, g.qualifier,
            CASE WHEN g.qualifier = 'range' THEN round(g.v * 0.8) END,
            CASE WHEN g.qualifier = 'range' THEN round(g.v * 1.2) END,
            CASE WHEN g.kind = 'flow' THEN date_trunc('month', g.raw_end)::date WHEN g.kind = 'cumulative' THEN date '2022-01-01' END,
            (CASE WHEN g.kind = 'flow' THEN 'month' WHEN g.kind = 'cumulative' THEN 'year' END)::"DatePrecision",
            CASE WHEN g.kind = 'flow' THEN date_trunc('month', g.raw_end)::date ELSE date_trunc(g.prec, g.raw_end)::date END,
            (CASE WHEN g.kind = 'flow' THEN 'month' ELSE g.prec END)::"DatePrecision",
            -- Three claimants per series, from different bodies, so every series has competing estimates.
            1 + (g.series_id * 37 + floor(g.r_claimant * 3)::int * 101) % $1::int,
            CASE WHEN g.r_note < 0.1 THEN 'Generated intermediary' END,
            1 + floor(g.r_publisher * $2::int)::int,
            'https://example.org/bench/' || g.i,
            CASE WHEN g.r_note < 0.5 THEN 'Generated article title number ' || g.i END,
            g.raw_end + (g.r_note * 20)::int, 'day'::"DatePrecision",
            CASE WHEN g.r_note > 0.9 THEN 'A generated quote of ordinary length, as a reporter would write it down.' END,
            CASE WHEN g.r_note < 0.3 THEN 'A generated note: a caveat the reader needs, of the usual length.' END,
            md5('bench-content-' || g.i)
          FROM (
            SELECT f.id AS i, f.series_id, s.kind,
              round((100 + bench_rand(f.id, $3::bigint + 1) * 100000)::numeric) AS v,
              (CASE
                WHEN bench_rand(f.id, $3::bigint + 2) < 0.35 THEN 'approx' WHEN bench_rand(f.id, $3::bigint + 2) < 0.55 THEN 'exact'
                WHEN bench_rand(f.id, $3::bigint + 2) < 0.70 THEN 'more_than' WHEN bench_rand(f.id, $3::bigint + 2) < 0.75 THEN 'at_least'
                WHEN bench_rand(f.id, $3::bigint + 2) < 0.80 THEN 'up_to' WHEN bench_rand(f.id, $3::bigint + 2) < 0.85 THEN 'less_than'
                ELSE 'range' END)::"Qualifier" AS qualifier,
              CASE WHEN bench_rand(f.id, $3::bigint + 3) < 0.6 THEN 'day' WHEN bench_rand(f.id, $3::bigint + 3) < 0.9 THEN 'month' ELSE 'year' END AS prec,
              date '2022-01-01' + floor(bench_rand(f.id, $3::bigint + 4) * 1640)::int AS raw_end,
              bench_rand(f.id, $3::bigint + 5) AS r_claimant,
              bench_rand(f.id, $3::bigint + 6) AS r_publisher,
              bench_rand(f.id, $3::bigint + 7) AS r_note
            FROM figures f
            JOIN series s ON s.id = f.series_id
          ) AS g
          ORDER BY g.i`,
    params: ['claimants', 'publishers', 'seed'],
  },
  {
    label: 'superseded versions',
    sql: `INSERT INTO figure_versions (figure_id, series_id, version, change, valid_from_rev, valid_to_rev, value, qualifier,
            value_low, value_high, period_start, period_start_precision, period_end, period_end_precision, claimant_id, via,
            publisher_id, url, publication_title, published_on, published_on_precision, quote, note, content_hash)
          SELECT figure_id, series_id, 1, 'created', 1, 2, round(value * 0.9), qualifier, round(value_low * 0.9), round(value_high * 0.9),
            period_start, period_start_precision, period_end, period_end_precision, claimant_id, via, publisher_id, url,
            publication_title, published_on, published_on_precision, quote, note, md5(content_hash)
          FROM figure_versions WHERE version = 2`,
  },
  {
    label: 'events',
    sql: `INSERT INTO events (slug, occurred_on, occurred_on_precision, title, description, topics, source, url, created_rev, updated_rev)
          SELECT 'bench-event-' || i,
            date_trunc(CASE WHEN i % 4 = 0 THEN 'month' ELSE 'day' END, date '2022-01-01' + floor(bench_rand(i, $1::bigint + 8) * 1640)::int)::date,
            (CASE WHEN i % 4 = 0 THEN 'month' ELSE 'day' END)::"DatePrecision",
            'Generated event ' || i, 'A generated event for the benchmark.',
            ARRAY[(ARRAY['troops', 'munitions', 'children', 'education', 'labour'])[1 + i % 5]]::"Topic"[],
            'Generated source', 'https://example.org/event/' || i, 1, 1
          FROM generate_series(1, $2::int) AS i`,
    params: ['seed', 'events'],
  },
  {
    label: 'sequences',
    sql: `SELECT setval(pg_get_serial_sequence('dataset_revisions', 'id'), 3),
                 setval(pg_get_serial_sequence('series', 'id'), $1::int),
                 setval(pg_get_serial_sequence('claimants', 'id'), $2::int),
                 setval(pg_get_serial_sequence('publishers', 'id'), $3::int),
                 setval(pg_get_serial_sequence('figures', 'id'), $4::int)`,
    params: ['series', 'claimants', 'publishers', 'figures'],
  },
];

/** Fills a freshly migrated database with the generated dataset, step by step. */
export async function generateDataset(client: Client, size: DatasetSize, log: (message: string) => void): Promise<void> {
  await client.query('BEGIN');
  for (const step of STEPS) {
    const started = performance.now();
    if (step.params) await client.query(step.sql, step.params.map((name) => size[name]));
    else await client.query(step.sql);
    log(`  ${step.label}: ${Math.round(performance.now() - started)} ms`);
  }
  await client.query(`INSERT INTO bench_meta (key, value) VALUES ('dataset', $1)`, [datasetKey(size)]);
  await client.query('COMMIT');
  const started = performance.now();
  await client.query('VACUUM ANALYZE');
  log(`  vacuum analyze: ${Math.round(performance.now() - started)} ms`);
}
