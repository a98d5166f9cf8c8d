// The routes of the app as its folders define them (app/), so tests that walk every route find new
// ones without being told: each page.tsx and route.ts, with its dynamic segments named, route groups
// left out, and metadata files (icon.svg) as the static paths they are.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export type Segment = { kind: 'static'; name: string } | { kind: 'dynamic'; name: string } | { kind: 'catch-all'; name: string; optional: boolean };

export interface AppRoute {
  /** As Next writes it, e.g. /series/[slug] or /api/v1/[[...path]]. */
  pattern: string;
  segments: Segment[];
  /** A page answers people; a route handler programs. */
  type: 'page' | 'handler' | 'file';
}

const APP = path.join(process.cwd(), 'app');
const METADATA_FILES = /^(?:icon|apple-icon|favicon|opengraph-image|twitter-image)\.\w+$|^(?:robots\.txt|sitemap\.xml|manifest\.(?:json|webmanifest))$/;

function segmentOf(folder: string): Segment | null {
  if (/^\(.*\)$/.test(folder)) return null;
  const catchAll = /^\[(\[)?\.\.\.(\w+)\]?\]$/.exec(folder);
  if (catchAll) return { kind: 'catch-all', name: catchAll[2], optional: catchAll[1] === '[' };
  const dynamic = /^\[(\w+)\]$/.exec(folder);
  if (dynamic) return { kind: 'dynamic', name: dynamic[1] };
  return { kind: 'static', name: folder };
}

function walk(dir: string, segments: Segment[], routes: AppRoute[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_')) continue;
      const segment = segmentOf(entry.name);
      walk(path.join(dir, entry.name), segment ? [...segments, segment] : segments, routes);
      continue;
    }
    const type = /^page\.(tsx|ts|jsx|js)$/.test(entry.name)
      ? 'page'
      : /^route\.(ts|js)$/.test(entry.name)
        ? 'handler'
        : METADATA_FILES.test(entry.name)
          ? 'file'
          : null;
    if (!type) continue;
    const all = type === 'file' ? [...segments, { kind: 'static' as const, name: entry.name }] : segments;
    const pattern = `/${all
      .map((s) => (s.kind === 'static' ? s.name : s.kind === 'dynamic' ? `[${s.name}]` : s.optional ? `[[...${s.name}]]` : `[...${s.name}]`))
      .join('/')}`;
    routes.push({ pattern, segments: all, type });
  }
}

export function listAppRoutes(): AppRoute[] {
  const routes: AppRoute[] = [];
  walk(APP, [], routes);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}
