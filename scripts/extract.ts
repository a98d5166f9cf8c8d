// npm run extract -- <article.txt | -> [--published YYYY-MM-DD] [--json] [--no-db]
// npm run --silent extract -- --jsonl [--no-db]  (lines {"id","text","published"} on stdin)
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { dataRoot } from '@/lib/database/embedded';
import { openMigratedDatabase } from '@/lib/database/prepare';
import { ExtractionInputError, reviewFigures } from '@/lib/extraction/extract';
import type { ReviewedCandidate, ReviewOptions } from '@/lib/extraction/types';
import { QUALIFIER_SYMBOLS } from '@/lib/figures/wording';
import { listClaimants } from '@/lib/queries/list-claimants';
import { listRecordedFigures } from '@/lib/queries/list-recorded-figures';
import { listSeries } from '@/lib/queries/list-series';
import { run } from './cli';

const HELP = `Finds figures in article text and prints them as candidates for an editor.

  npm run extract -- article.txt [--published YYYY-MM-DD] [--json]
  npm run extract -- - < article.txt           read the text from stdin
  npm run --silent extract -- --jsonl < in.jsonl
      reads lines {"id","text","published"} and writes one line {"id","figures":[...]} for each,
      in order; a line that cannot be read gets {"id","error":{"code","message"}} instead
      (--silent keeps npm's own header off stdout)

Options:
  --published DATE  publication date (YYYY, YYYY-MM or YYYY-MM-DD); "last year" and "since
                    September" are resolved against it
  --json            print the candidates as JSON instead of a table
  --no-db           do not read the database
  --help            this text

With a database (DATABASE_URL, or the embedded one under .data/ once \`npm start\` has created it),
claimants are matched to existing ones, series are suggested and figures already recorded are
named. Without one, the figures are found all the same, with no series and unmatched claimants.`;

/** Messages go to stderr, so that --json and --jsonl output stays machine-readable. */
const note = (message: string) => console.error(`[sourced-figures] ${message}`);

async function loadReference(useDatabase: boolean): Promise<{ reference: ReviewOptions; close: () => Promise<void> }> {
  const none = { reference: {}, close: async () => undefined };
  if (!useDatabase) return none;
  if (!process.env.DATABASE_URL && !existsSync(path.join(dataRoot(), 'pgdata', 'PG_VERSION'))) {
    note('no database yet (run `npm start` once, or set DATABASE_URL): claimants are not matched and no series are suggested');
    return none;
  }
  try {
    const database = await openMigratedDatabase(note);
    process.env.DATABASE_URL = database.url;
    const [series, claimants, figures] = await Promise.all([listSeries(), listClaimants(), listRecordedFigures()]);
    note(`reference data: ${series.length} series, ${claimants.length} claimants, ${figures.length} figures`);
    return { reference: { series, claimants, figures }, close: () => database.stop() };
  } catch (error) {
    note(`the database could not be read (${error instanceof Error ? error.message : String(error)}); going on without it`);
    return none;
  }
}

function periodText(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  if (start === end) return start as string;
  return `${start ?? '…'} to ${end ?? '…'}`;
}

function valueText(r: ReviewedCandidate): string {
  const c = r.candidate;
  const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if (c.qualifier === 'range') return `${number(c.low as number)}–${number(c.high as number)}`;
  return `${QUALIFIER_SYMBOLS[c.qualifier]}${number(c.value)}`;
}

function table(reviewed: ReviewedCandidate[]): string {
  if (reviewed.length === 0) return 'No figures found.';
  const rows = reviewed.map((r, i) => [
    String(i + 1),
    valueText(r),
    r.candidate.unit ?? '',
    [r.candidate.claimant, r.candidate.via ? `via ${r.candidate.via}` : null].filter(Boolean).join(', '),
    periodText(r.candidate.period_start, r.candidate.period_end),
    r.candidate.series ? `${r.candidate.series} (${r.seriesScore?.toFixed(2)})` : '',
    r.recordedAs === null ? '' : `figure ${r.recordedAs}`,
    r.candidate.confidence.toFixed(2),
  ]);
  const header = ['#', 'value', 'unit', 'claimant', 'period', 'series', 'recorded as', 'conf.'];
  const widths = header.map((h, i) => rows.reduce((width, row) => Math.max(width, row[i].length), h.length));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  const quotes = reviewed.map((r, i) => `${i + 1}. ${r.candidate.quote} [${r.candidate.start}–${r.candidate.end}]`);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...quotes].join('\n');
}

interface JsonLine {
  id?: unknown;
  text?: unknown;
  published?: unknown;
}

function answerLine(raw: string, reference: ReviewOptions): object {
  let parsed: JsonLine;
  try {
    parsed = JSON.parse(raw) as JsonLine;
  } catch {
    return { id: null, error: { code: 'invalid_json', message: 'the line is not JSON' } };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { id: null, error: { code: 'invalid_line', message: 'the line is not a JSON object' } };
  const id = parsed.id ?? null;
  if (typeof parsed.text !== 'string') return { id, error: { code: 'invalid_text', message: '"text" must be a string' } };
  if (parsed.published !== undefined && parsed.published !== null && typeof parsed.published !== 'string') {
    return { id, error: { code: 'invalid_published', message: '"published" must be a string YYYY, YYYY-MM or YYYY-MM-DD, or null' } };
  }
  try {
    return { id, figures: reviewFigures(parsed.text, { ...reference, published: parsed.published ?? null }).map((r) => r.candidate) };
  } catch (error) {
    if (error instanceof ExtractionInputError) return { id, error: { code: 'invalid_input', message: error.message } };
    throw error;
  }
}

async function jsonl(reference: ReviewOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    if (raw.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(answerLine(raw, reference))}\n`);
  }
}

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      'no-db': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.jsonl ? positionals.length > 0 : positionals.length !== 1) throw new Error(`usage:\n${HELP}`);
  const { reference, close } = await loadReference(!values['no-db']);
  try {
    if (values.jsonl) {
      await jsonl(reference);
      return;
    }
    const source = positionals[0];
    const text = source === '-' ? await readStdin() : await readFile(source, 'utf8');
    const reviewed = reviewFigures(text, { ...reference, published: values.published ?? null });
    console.log(values.json ? JSON.stringify(reviewed.map((r) => r.candidate), null, 2) : table(reviewed));
  } finally {
    await close();
  }
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
