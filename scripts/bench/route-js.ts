// The JavaScript each page of the build makes a browser load on its first visit, read from the build
// output (.next), gzipped as the server sends it: the root chunks every page loads (build-manifest.json,
// less the polyfills modern browsers skip) and the chunks of the page's own segments, its layouts,
// loading, error and not-found files included (the page's client reference manifest, entryJSFiles).
// Chunks loaded later on demand (dynamic imports, links prefetched) are not counted. A chunk that
// draws a chart (it names the charts' "chart-svg") counts as chart code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RouteJs {
  route: string;
  files: number;
  gzipBytes: number;
  /** Of which in chunks holding chart code. */
  chartGzipBytes: number;
}

interface BuildManifest {
  rootMainFiles: string[];
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

/** The manifests of every page under .next/server/app, by the name Next gives the page ("/sources/(index)/page"). */
function pageManifests(appDir: string, relative = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(path.join(appDir, relative), { withFileTypes: true })) {
    const inner = path.join(relative, entry.name);
    if (entry.isDirectory()) for (const [name, file] of pageManifests(appDir, inner)) found.set(name, file);
    else if (entry.name === 'page_client-reference-manifest.js') found.set(`/${path.join(relative, 'page')}`, path.join(appDir, inner));
  }
  return found;
}

function readClientManifest(file: string, page: string): ClientReferenceManifest {
  // The file assigns globalThis.__RSC_MANIFEST[page]; run it against a scratch object rather than the real global.
  const scratch: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  new Function('globalThis', readFileSync(file, 'utf8'))(scratch);
  return scratch.__RSC_MANIFEST?.[page] ?? {};
}

export function readRouteJs(root = '.next'): RouteJs[] {
  const build = JSON.parse(readFileSync(path.join(root, 'build-manifest.json'), 'utf8')) as BuildManifest;
  const routes = JSON.parse(readFileSync(path.join(root, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  const sizes = new Map<string, { gzip: number; chart: boolean }>();
  const sizeOf = (file: string) => {
    const known = sizes.get(file);
    if (known) return known;
    const full = path.join(root, file.replace(/^\/?_next\//, ''));
    const body = existsSync(full) ? readFileSync(full) : Buffer.alloc(0);
    const measured = { gzip: gzipSync(body, { level: 9 }).byteLength, chart: body.includes('chart-svg') };
    sizes.set(file, measured);
    return measured;
  };
  const rows: RouteJs[] = [];
  for (const [page, file] of pageManifests(path.join(root, 'server', 'app'))) {
    const route = routes[page];
    if (!route || route.startsWith('/_')) continue;
    const entries = Object.values(readClientManifest(file, page).entryJSFiles ?? {}).flat();
    const files = [...new Set([...build.rootMainFiles, ...entries].map((f) => f.replace(/^\/?_next\//, '')))];
    const measured = files.map(sizeOf);
    rows.push({
      route,
      files: files.length,
      gzipBytes: measured.reduce((sum, m) => sum + m.gzip, 0),
      chartGzipBytes: measured.reduce((sum, m) => sum + (m.chart ? m.gzip : 0), 0),
    });
  }
  return rows.sort((a, b) => a.route.localeCompare(b.route));
}

/** A Markdown table of readRouteJs, with the targets: at most 150 kB on a chart page, no chart code elsewhere. */
export function routeJsTable(rows: RouteJs[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const header = ['route', 'files', 'JS gzipped', 'of which chart code'];
  const lines = rows.map((r) => [r.route, String(r.files), kb(r.gzipBytes), r.chartGzipBytes === 0 ? '0' : kb(r.chartGzipBytes)]);
  const widths = header.map((h, i) => lines.reduce((widest, l) => Math.max(widest, l[i].length), h.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...lines.map(line)].join('\n');
}
