// `npm run extract` against a real PostgreSQL loaded with the seed data, and without any database:
// JSON lines in, one answer line per input line in order, bad lines answered with an error; with the
// database, claimants matched, series suggested and seed figures recognised as already recorded.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { listRecordedFigures } from '@/lib/queries/list-recorded-figures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const SEED_PARAGRAPH =
  'According to Vadym Skibitskyi, Ukraine’s Defense Intelligence deputy head, North Korea has significantly reduced its artillery shell shipments to Russia, with deliveries dropping by more than half in 2024 due to depleted stockpiles. Since 2023, approximately 6.5 million shells were delivered, with no deliveries recorded in September.';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
});

afterAll(async () => {
  await db.drop();
});

function extract(args: string[], input: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/extract.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const lines = [
  JSON.stringify({ id: 'seed', text: SEED_PARAGRAPH, published: null }),
  'not json',
  JSON.stringify({ id: 7, text: 'About 300 soldiers died, the NIS said.', published: '2025-13' }),
  JSON.stringify({ id: 'none', text: 'The 12-year-old boy left in 2023.' }),
].join('\n');

describe('npm run extract -- --jsonl', () => {
  it('answers every line in order, with the database', async () => {
    const { code, stdout, stderr } = await extract(['--jsonl'], lines, { DATABASE_URL: db.url });
    expect(code).toBe(0);
    expect(stderr).toContain('reference data:');
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => a.id)).toEqual(['seed', null, 7, 'none']);
    expect(answers[1].error.code).toBe('invalid_json');
    expect(answers[2].error.message).toContain('2025-13');
    expect(answers[3].figures).toEqual([]);
    const shells = answers[0].figures.find((f: { value: number }) => f.value === 6_500_000);
    expect(shells).toMatchObject({ qualifier: 'approx', unit: 'shells', claimant: 'Vadym Skibitskyi', claimant_org: "Ukraine's Defense Intelligence (HUR)", series: 'shells-delivered', period_start: '2023' });
  });

  it('works without a database, and says so', async () => {
    const { code, stdout, stderr } = await extract(['--jsonl', '--no-db'], lines, { DATABASE_URL: '' });
    expect(code).toBe(0);
    expect(stderr).not.toContain('reference data:');
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers).toHaveLength(4);
    expect(answers[0].figures.map((f: { series: string | null }) => f.series)).toEqual([null, null, null]);
  });
});

describe('npm run extract -- article.txt', () => {
  it('prints a table that names the figure already recorded', async () => {
    const file = path.join(os.tmpdir(), `sf-extract-${process.pid}.txt`);
    await writeFile(file, SEED_PARAGRAPH);
    const { code, stdout } = await extract([file], '', { DATABASE_URL: db.url });
    expect(code).toBe(0);
    const row = stdout.split('\n').find((line) => line.includes('6,500,000')) as string;
    expect(row).toMatch(/shells-delivered \(\d\.\d\d\)/);
    expect(row).toMatch(/figure \d+/);
  });

  it('refuses a bad publication date with a message and exit code 1', async () => {
    const file = path.join(os.tmpdir(), `sf-extract-${process.pid}-2.txt`);
    await writeFile(file, 'About 300 soldiers died.');
    const { code, stderr } = await extract([file, '--published', 'last week', '--no-db'], '', {});
    expect(code).toBe(1);
    expect(stderr).toContain('is not YYYY, YYYY-MM or YYYY-MM-DD');
  });
});

describe('listRecordedFigures', () => {
  it('lists the current figures with claimant, value and period at their precision', async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    try {
      const figures = await listRecordedFigures(prisma);
      expect(figures.length).toBeGreaterThan(50);
      expect(figures).toContainEqual(expect.objectContaining({ seriesSlug: 'shells-delivered', value: '6500000', claimant: 'Vadym Skibitskyi', periodStart: '2023' }));
    } finally {
      await prisma.$disconnect();
    }
  });
});
