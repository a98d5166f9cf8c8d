// The routes of the app as its folders define them (app/), read the way Next.js's App Router reads
// them, so that tests over "every route" or "every page" find new ones without being told: each
// page.tsx, route.ts and metadata file (icon.svg, as the static path it is), and each not-found page.
// Route groups `(name)` and parallel slots `@name` add no segment, `_private` folders are not routes,
// and `[param]`, `[...param]` and `[[...param]]` are dynamic segments for a test to fill.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export type Segment = { kind: 'static'; name: string } | { kind: 'dynamic'; name: string } | { kind: 'catch-all'; name: string; optional: boolean };

export interface AppRoute {
  /** As Next writes it, e.g. /series/[slug] or /api/v1/[[...path]]. */
  pattern: string;
  segments: Segment[];
  /** A page answers people; a route handler programs. */
  type: 'page' | 'handler' | 'file';
  /** The file that defines it, relative to the project, e.g. app/api/v1/links/route.ts. */
  file: string;
}

export interface PageRoute {
  /** The route as Next.js names it, e.g. `/series/[slug]`. */
  pattern: string;
  /** The dynamic segments' names, in order. */
  params: string[];
}

export interface NotFoundRoute {
  /** The folder whose not-found.tsx answers, as a route, e.g. `/series` (`/` for the root one). */
  scope: string;
}

const APP = path.join(process.cwd(), 'app');
const METADATA_FILES = /^(?:icon|apple-icon|favicon|opengraph-image|twitter-image)\.\w+$|^(?:robots\.txt|sitemap\.xml|manifest\.(?:json|webmanifest))$/;
const NOT_FOUND_FILE = /^not-found\.(tsx|ts|jsx|js)$/;

function segmentOf(folder: string): Segment | null {
  if (/^\(.*\)$/.test(folder) || folder.startsWith('@')) return null;
  const catchAll = /^\[(\[)?\.\.\.(\w+)\]?\]$/.exec(folder);
  if (catchAll) return { kind: 'catch-all', name: catchAll[2], optional: catchAll[1] === '[' };
  const dynamic = /^\[(\w+)\]$/.exec(folder);
  if (dynamic) return { kind: 'dynamic', name: dynamic[1] };
  return { kind: 'static', name: folder };
}

function patternOf(segments: Segment[]): string {
  return `/${segments
    .map((s) => (s.kind === 'static' ? s.name : s.kind === 'dynamic' ? `[${s.name}]` : s.optional ? `[[...${s.name}]]` : `[...${s.name}]`))
    .join('/')}`;
}

type Entry = { type: AppRoute['type'] | 'not-found'; segments: Segment[]; file: string };

function fileType(name: string): Entry['type'] | null {
  if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) return 'page';
  if (/^route\.(ts|js)$/.test(name)) return 'handler';
  if (METADATA_FILES.test(name)) return 'file';
  if (NOT_FOUND_FILE.test(name)) return 'not-found';
  return null;
}

function walk(dir: string, segments: Segment[], entries: Entry[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_')) continue;
      const segment = segmentOf(entry.name);
      walk(full, segment ? [...segments, segment] : segments, entries);
      continue;
    }
    const type = fileType(entry.name);
    if (!type) continue;
    const all = type === 'file' ? [...segments, { kind: 'static' as const, name: entry.name }] : segments;
    entries.push({ type, segments: all, file: path.relative(process.cwd(), full) });
  }
}

function listEntries(appDir: string): Entry[] {
  const entries: Entry[] = [];
  walk(appDir, [], entries);
  return entries;
}

/** Every page, route handler and metadata file under `appDir`, sorted by pattern. */
export function listAppRoutes(appDir = APP): AppRoute[] {
  return listEntries(appDir)
    .flatMap(({ type, segments, file }) => (type === 'not-found' ? [] : [{ pattern: patternOf(segments), segments, type, file }]))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Every page route under `appDir`, sorted. */
export function listPageRoutes(appDir = APP): PageRoute[] {
  return listAppRoutes(appDir)
    .filter((route) => route.type === 'page')
    .map((route) => ({ pattern: route.pattern, params: route.segments.flatMap((s) => (s.kind === 'static' ? [] : [s.name])) }));
}

/** Every not-found page under `appDir`, sorted by the folder it answers for. */
export function listNotFoundRoutes(appDir = APP): NotFoundRoute[] {
  const scopes = new Set(listEntries(appDir).flatMap((entry) => (entry.type === 'not-found' ? [patternOf(entry.segments)] : [])));
  return [...scopes].sort().map((scope) => ({ scope }));
}

/** Fills a pattern's dynamic segments with `value(name)`. */
export function fillRoute(pattern: string, value: (name: string) => string): string {
  return pattern.replace(/\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}/g, (_match, name: string) => encodeURIComponent(value(name)));
}
