// The CI step that runs `npm audit` (scripts/audit-dependencies.ts), against a registry made up here
// and named through npm's own setting (npm_config_registry): real findings fail it, an endpoint that
// answers 405 (as the registry does for these offline machines) or refuses the connection does not,
// and it says plainly that nothing was checked.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const TSX = path.join('node_modules', '.bin', 'tsx');

type Answer = { status: number; body?: unknown };

let answer: Answer;
let server: Server;
let registry: string;
const bulkRequests: string[] = [];
const caches: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url?.endsWith('/-/npm/v1/security/advisories/bulk')) {
        const body = Buffer.concat(chunks);
        bulkRequests.push((request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8'));
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
        return;
      }
      // npm also asks for the packuments of vulnerable packages, to say whether a fix exists.
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  for (const cache of caches) rmSync(cache, { recursive: true, force: true });
});

function audit(registryUrl = registry): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    // A cache of its own each time: npm would otherwise answer a repeated audit from its cache.
    const cache = mkdtempSync(path.join(os.tmpdir(), 'sf-npm-cache-'));
    caches.push(cache);
    const env = { ...process.env, npm_config_registry: registryUrl, npm_config_cache: cache };
    execFile(TSX, ['scripts/audit-dependencies.ts'], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

const advisory = (severity: string) => ({
  'csv-parse': [{ id: 424242, url: 'https://example.org/advisories/424242', title: 'A made-up advisory', severity, vulnerable_versions: '<999.0.0', cwe: [], cvss: { score: 7.5, vectorString: null } }],
});

describe('the dependency audit', () => {
  it('fails on a high-severity finding, naming the package and the advisory', async () => {
    answer = { status: 200, body: advisory('high') };
    const result = await audit();
    expect(result.output).toContain('csv-parse: high: A made-up advisory (https://example.org/advisories/424242)');
    expect(result.output).toContain('npm audit: 0 critical, 1 high, 0 moderate, 0 low: the 1 high or critical finding is listed above');
    expect(result.status).toBe(1);
    // It sent the whole lockfile's packages, development ones included.
    expect(Object.keys(JSON.parse(bulkRequests[bulkRequests.length - 1]))).toEqual(expect.arrayContaining(['csv-parse', 'jest', 'next']));
  });

  it('passes on a moderate one, saying what it found', async () => {
    answer = { status: 200, body: advisory('moderate') };
    const result = await audit();
    expect(result.output).toContain('npm audit: 0 critical, 0 high, 1 moderate, 0 low; nothing high or critical');
    expect(result.status).toBe(0);
  });

  it('passes, saying nothing was checked, when the endpoint answers 405 or cannot be reached', async () => {
    answer = { status: 405 };
    const refused = await audit();
    expect(refused.output).toMatch(/npm audit could not reach its advisory endpoint \(405 Method Not Allowed - POST .*\): dependencies were NOT checked/);
    expect(refused.status).toBe(0);

    const closed = await audit('http://127.0.0.1:1/');
    expect(closed.output).toContain('dependencies were NOT checked for known vulnerabilities on this machine');
    expect(closed.status).toBe(0);
  });
});
