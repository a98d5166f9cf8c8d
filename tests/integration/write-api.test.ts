// The write API over HTTP on the built app: figures, series and events created, corrected and
// retired by a script with a token, each write one signed revision with its reason in the public
// log; and each refusal in the API's error shape (401, 403, 404, 409 with the current version, 422
// naming each field), writing nothing. The extraction endpoint answers candidates for a paragraph.
// Imports: CSV files uploaded as multipart, a dry run first, progress streamed as NDJSON, 413 past 50 MB.
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { makeAccount, makeToken } from '../helpers/accounts';
import { raw } from '../helpers/raw-http';
import { BEHIND_A_PROXY, randomAuthSecret, startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from '../helpers/test-database';

jest.setTimeout(120_000);

let db: TestDatabase;
let prisma: PrismaClient;
let server: AppServer;
let editorToken: string;
let readerToken: string;
const secret = randomAuthSecret();

const FIGURE = {
  seriesSlug: 'troops-deployed',
  value: '11000',
  qualifier: 'approx',
  periodEnd: '2024-12',
  claimant: { name: 'Jane Analyst', organization: 'An Institute' },
  publisher: { name: 'A Newspaper' },
  url: 'https://example.org/write-api',
  publishedOn: '2024-12-20',
  quote: 'About 11,000 soldiers.',
};

beforeAll(async () => {
  db = await createTestDatabase({ seeded: FIRST_SEED });
  prisma = createPrismaClient(db.url);
  server = await startAppServer({ databaseUrl: db.url, authSecret: secret, env: BEHIND_A_PROXY });
  const editor = await makeAccount(prisma, secret, 'editor', 'Ada Editor');
  editorToken = (await makeToken(prisma, editor, 'script')).token;
  const reader = await makeAccount(prisma, secret, 'editor', 'Not An Editor');
  readerToken = (await makeToken(prisma, reader, 'script')).token;
  await prisma.user.update({ where: { id: reader.id }, data: { role: 'user' } });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  await db?.drop();
});

/** A write's answer as the tests read it: the record's fields, or the error with its details. */
interface Answer {
  status: number;
  headers: Headers;
  body: {
    figureId?: number;
    slug?: string;
    version?: number;
    revision?: number | null;
    figures?: { start: number; end: number; quote: string }[];
    error: { code: string; message: string; details?: unknown };
  };
}

async function send(method: string, path: string, body: unknown, token: string | null = editorToken): Promise<Answer> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

const revisionCount = () => prisma.datasetRevision.count();

async function latestRevision(): Promise<{ id: number; author: string | null; reason: string | null }> {
  const response = await fetch(`${server.baseUrl}/api/v1/revisions`);
  const { data } = (await response.json()) as { data: { id: number; author: string | null; reason: string | null }[] };
  return data.reduce((a, b) => (a.id > b.id ? a : b));
}

describe('figures', () => {
  it('creates, corrects and retires a figure, each one revision signed by the token’s account with its reason', async () => {
    const before = await revisionCount();
    const created = await send('POST', '/api/v1/figures', { reason: 'Read in A Newspaper', figure: FIGURE });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, revision: before + 1 });
    expect(created.headers.get('location')).toBe(`/figures/${created.body.figureId}`);
    expect(await latestRevision()).toMatchObject({ id: before + 1, author: 'Ada Editor', reason: 'Read in A Newspaper' });

    const edited = await send('PATCH', `/api/v1/figures/${created.body.figureId}`, { reason: 'The article says more than', baseVersion: 1, changes: { qualifier: 'more_than' } });
    expect(edited).toMatchObject({ status: 200, body: { figureId: created.body.figureId, version: 2, revision: before + 2 } });
    const figures = await (await fetch(`${server.baseUrl}/api/v1/series/troops-deployed/figures?limit=500`)).json();
    expect(figures.data.filter((f: { figureId: number }) => f.figureId === created.body.figureId)).toMatchObject([{ qualifier: 'more_than', version: 2 }]);

    const retired = await send('POST', `/api/v1/figures/${created.body.figureId}/retire`, { reason: 'Withdrawn by the paper', baseVersion: 2 });
    expect(retired).toMatchObject({ status: 200, body: { version: 3, revision: before + 3 } });
    expect(await latestRevision()).toMatchObject({ reason: 'Withdrawn by the paper', author: 'Ada Editor' });
  });

  it('refuses a stale baseVersion with 409, the current version and what changed, and writes nothing', async () => {
    const created = await send('POST', '/api/v1/figures', { reason: 'First', figure: { ...FIGURE, url: 'https://example.org/stale' } });
    await send('PATCH', `/api/v1/figures/${created.body.figureId}`, { reason: 'Someone else', baseVersion: 1, changes: { value: '11500' } });
    const before = await revisionCount();
    const stale = await send('PATCH', `/api/v1/figures/${created.body.figureId}`, { reason: 'Mine', baseVersion: 1, changes: { note: 'x' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'conflict',
      details: { baseVersion: 1, currentVersion: 2, changes: [{ field: 'value', from: '11000', to: '11500' }], current: { value: '11500' } },
    });
    expect(await revisionCount()).toBe(before);
  });

  it('names each bad field in a 422, a missing reason in a 400, and writes nothing', async () => {
    const before = await revisionCount();
    const bad = await send('POST', '/api/v1/figures', { reason: 'Bad', figure: { ...FIGURE, value: '1,000', periodStart: '2025-02-30' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'invalid_fields', details: [{ field: 'value' }, { field: 'periodStart' }] });
    const unreasoned = await send('POST', '/api/v1/figures', { reason: '  ', figure: FIGURE });
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.body.error.message).toMatch(/reason/);
    const nul = await send('POST', '/api/v1/figures', { reason: 'NUL', figure: { ...FIGURE, quote: 'a\u0000b' } });
    expect(nul.status).toBe(422);
    expect(nul.body.error.details).toEqual([expect.objectContaining({ field: 'quote' })]);
    expect((await send('PATCH', '/api/v1/figures/999999', { reason: 'x', baseVersion: 1, changes: {} })).status).toBe(404);
    expect((await send('PATCH', '/api/v1/figures/abc', { reason: 'x', baseVersion: 1, changes: {} })).status).toBe(404);
    expect(await revisionCount()).toBe(before);
  });

  it('answers 401 without credentials and 403 to an account that is no editor', async () => {
    const anonymous = await send('POST', '/api/v1/figures', { reason: 'x', figure: FIGURE }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
    const reader = await send('POST', '/api/v1/figures', { reason: 'x', figure: FIGURE }, readerToken);
    expect(reader.status).toBe(403);
  });
});

describe('series and events', () => {
  it('creates, edits and retires a series', async () => {
    const created = await send('POST', '/api/v1/series', { reason: 'New series', series: { slug: 'oil-api-test', title: 'Oil', unit: 'barrels', topic: 'economy', kind: 'flow' } });
    expect(created).toMatchObject({ status: 201, body: { slug: 'oil-api-test', version: 1 } });
    const edited = await send('PATCH', '/api/v1/series/oil-api-test', { reason: 'Clearer title', baseVersion: 1, changes: { title: 'Oil sent to North Korea' } });
    expect(edited).toMatchObject({ status: 200, body: { version: 2 } });
    expect((await (await fetch(`${server.baseUrl}/api/v1/series/oil-api-test`)).json()).data.title).toBe('Oil sent to North Korea');
    expect((await send('PATCH', '/api/v1/series/oil-api-test', { reason: 'x', baseVersion: 2, changes: { unit: 'tons' } })).body.error).toMatchObject({
      code: 'invalid_fields',
      details: [{ field: 'unit' }],
    });
    expect((await send('POST', '/api/v1/series/oil-api-test/retire', { reason: 'Duplicate', baseVersion: 2 })).status).toBe(200);
    const listed = (await (await fetch(`${server.baseUrl}/api/v1/series?limit=500`)).json()) as { data: { slug: string }[] };
    expect(listed.data.map((s) => s.slug)).not.toContain('oil-api-test');
    expect(listed.data.map((s) => s.slug)).toContain('troops-deployed');
  });

  it('creates, edits and retires an event', async () => {
    const event = { slug: 'api-summit', date: '2024-06-19', title: 'Summit in Pyongyang', topics: ['economy'], source: 'KCNA' };
    expect(await send('POST', '/api/v1/events', { reason: 'Summit', event })).toMatchObject({ status: 201, body: { slug: 'api-summit', version: 1 } });
    expect(await send('PATCH', '/api/v1/events/api-summit', { reason: 'Title', baseVersion: 1, changes: { title: 'Putin and Kim sign a pact' } })).toMatchObject({
      status: 200,
      body: { version: 2 },
    });
    expect((await send('POST', '/api/v1/events/api-summit/retire', { reason: 'x', baseVersion: 1 })).status).toBe(409);
    expect(await send('POST', '/api/v1/events/api-summit/retire', { reason: 'Not an event of this war', baseVersion: 2 })).toMatchObject({ status: 200, body: { version: 3 } });
  });
});

describe('extraction', () => {
  it('answers the candidate figures of a paragraph, with quote offsets into the text', async () => {
    const text = 'South Korea’s spy agency said more than 10,000 North Korean soldiers had been sent to Russia since October.';
    const answer = await send('POST', '/api/v1/extract', { text, published: '2024-11-20' });
    expect(answer.status).toBe(200);
    expect(answer.body.figures).toHaveLength(1);
    const [figure] = answer.body.figures ?? [];
    expect(figure).toMatchObject({ value: 10000, qualifier: 'more_than', period_end: expect.stringMatching(/^2024/) });
    expect(text.slice(figure.start, figure.end)).toBe(figure.quote);
    expect(Object.keys(figure).sort()).toEqual(
      ['claimant', 'claimant_org', 'confidence', 'end', 'high', 'low', 'period_end', 'period_start', 'qualifier', 'quote', 'series', 'start', 'unit', 'value', 'via', 'what'].sort(),
    );
  });

  it('refuses a body over its limit with 413 and no credentials with 401', async () => {
    expect((await send('POST', '/api/v1/extract', { text: 'x'.repeat(61 * 1024) })).status).toBe(413);
    expect((await send('POST', '/api/v1/extract', { text: 'Some 5 troops.' }, null)).status).toBe(401);
  });
});

describe('imports', () => {
  const HEADER = 'series,value,qualifier,value_low,value_high,period_start,period_end,claimant,claimant_org,via,publisher,published_on,url,quote,note';
  const row = (n: number, value = 1000 + n) => `troops-deployed,${value},approx,,,2024-10,2024-11,Import Claimant,Import Body,,Import Paper,2024-11-${String((n % 28) + 1).padStart(2, '0')},https://example.org/import/${n},,`;
  const csv = (rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

  async function upload(query: string, fields: Record<string, string>, headers: Record<string, string> = {}, token: string | null = editorToken): Promise<Response> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      if (name === 'reason' || name === 'retire_missing') form.append(name, value);
      else form.append(name, new Blob([value], { type: 'text/csv' }), `${name}-upload.csv`);
    }
    return fetch(`${server.baseUrl}/api/v1/imports${query}`, {
      method: 'POST',
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      body: form,
    });
  }

  it('previews an upload without writing, lists each correction field by field, then imports it as one revision', async () => {
    const before = await revisionCount();
    const first = await upload('', { figures: csv([row(1), row(2)]), reason: 'Two figures from a spreadsheet' });
    expect(first.status).toBe(201);
    const written = (await first.json()) as { revision: number; summary: { figuresCreated: number } };
    expect(written.summary.figuresCreated).toBe(2);
    expect(first.headers.get('location')).toBe(`/api/v1/revisions/${written.revision}`);
    expect(await revisionCount()).toBe(before + 1);
    expect(await latestRevision()).toMatchObject({ id: written.revision, author: 'Ada Editor', reason: 'Two figures from a spreadsheet' });

    const preview = await upload('?dry_run=1', { figures: csv([row(1, 1500), row(2), row(3)]) });
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({
      dryRun: true,
      summary: { figuresCreated: 1, figuresCorrected: 1, figuresUnchanged: 1, figuresRetired: 0 },
      correctionsTotal: 1,
      corrections: [{ change: 'corrected', claimant: 'Import Claimant', publisher: 'Import Paper', changes: [{ field: 'value', from: '1001', to: '1500' }] }],
    });
    expect(await revisionCount()).toBe(before + 1);
  });

  it('streams its progress as NDJSON while it reads and writes a large file, and ends with the result', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => row(100 + i));
    const response = await upload('', { figures: csv(rows), reason: 'A large file' }, { Accept: 'application/x-ndjson' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line));
    const validating = lines.filter((line) => line.progress?.phase === 'validating');
    expect(validating.length).toBeGreaterThanOrEqual(3);
    expect(validating.at(-1).progress).toEqual({ phase: 'validating', file: 'figures-upload.csv', rows: 12_000, totalRows: 12_000 });
    expect(lines.some((line) => line.progress?.phase === 'checking')).toBe(true);
    expect(lines.filter((line) => line.progress?.phase === 'writing').at(-1).progress).toEqual({ phase: 'writing', rows: 12_000, totalRows: 12_000 });
    expect(lines.at(-1)).toMatchObject({ result: { dryRun: false, revision: expect.any(Number), summary: { figuresCreated: 12_000 } } });
  });

  it('names each bad row and column, writes nothing, and says so in the stream too', async () => {
    const before = await revisionCount();
    const bad = csv([row(900), 'troops-deployed,lots,approx,,,2024-10,2024-11,A,B,,C,2024-11-02,https://example.org/bad,,']);
    const refused = await upload('', { figures: bad, reason: 'Bad file' });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      error: { code: 'invalid_rows', details: { file: 'figures-upload.csv', total: 1, issues: [{ row: 3, column: 'value' }] } },
    });
    const streamed = await upload('?dry_run=1', { figures: bad }, { Accept: 'application/x-ndjson' });
    const last = JSON.parse((await streamed.text()).trimEnd().split('\n').at(-1) as string);
    expect(last).toMatchObject({ error: { code: 'invalid_rows', details: { issues: [{ row: 3, column: 'value' }] } } });
    expect(await revisionCount()).toBe(before);
  });

  it('asks for a reason to write, refuses unknown fields, and needs an editor', async () => {
    const noReason = await upload('', { figures: csv([row(950)]) });
    expect(noReason.status).toBe(422);
    expect(((await noReason.json()) as Answer['body']).error.details).toEqual([{ field: 'reason', message: expect.stringMatching(/say why/) }]);
    expect((await upload('', { figures: csv([row(951)]), reason: 'x', notes: 'hello' })).status).toBe(400);
    expect((await upload('?dry_run=maybe', { figures: csv([row(952)]) })).status).toBe(400);
    expect((await upload('?dry_run=1', { figures: csv([row(953)]) }, {}, null)).status).toBe(401);
    expect((await upload('?dry_run=1', { figures: csv([row(954)]) }, {}, readerToken)).status).toBe(403);
  });

  it('refuses an upload over 50 MB with 413 before reading it, and a body of unknown length with 411', async () => {
    const started = Date.now();
    const tooLarge = await raw(server.baseUrl, '/api/v1/imports', {
      method: 'POST',
      headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(60 * 1024 * 1024) },
      body: '--x\r\n',
    });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.text).error).toEqual({ code: 'body_too_large', message: expect.stringMatching(/larger than 50 MB.*nothing was imported/) });
    expect(Date.now() - started).toBeLessThan(10_000);
    const chunked = await raw(server.baseUrl, '/api/v1/imports', {
      method: 'POST',
      headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'multipart/form-data; boundary=x' },
      chunkedBytes: 1024 * 1024,
    });
    expect(chunked.status).toBe(411);
    expect(JSON.parse(chunked.text).error.code).toBe('length_required');
  });
});
