// The pages the app serves, read from app/ the way Next.js's App Router reads it, so that a test over
// "every page" covers a page the day it is added: route groups `(name)` and parallel slots `@name`
// add no segment, `_private` folders are not routes, and `[param]`, `[...param]` and `[[...param]]`
// are dynamic segments for the test to fill.
import { readdirSync } from 'node:fs';
import path from 'node:path';

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

const PAGE_FILE = /^page\.(tsx|ts|jsx|js|mdx)$/;
const NOT_FOUND_FILE = /^not-found\.(tsx|ts|jsx|js)$/;
const DYNAMIC = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/;

function routeSegment(folder: string): string | null {
  if (/^\(.*\)$/.test(folder) || folder.startsWith('@')) return null;
  return folder;
}

function walk(dir: string, segments: string[], visit: (files: string[], segments: string[]) => void): void {
  const entries = readdirSync(dir, { withFileTypes: true });
  visit(
    entries.filter((entry) => entry.isFile()).map((entry) => entry.name),
    segments,
  );
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    const segment = routeSegment(entry.name);
    walk(path.join(dir, entry.name), segment === null ? segments : [...segments, segment], visit);
  }
}

function toPattern(segments: string[]): string {
  return `/${segments.join('/')}`;
}

/** Every page route under `appDir`, sorted. */
export function listPageRoutes(appDir = path.join(process.cwd(), 'app')): PageRoute[] {
  const routes = new Map<string, PageRoute>();
  walk(appDir, [], (files, segments) => {
    if (!files.some((file) => PAGE_FILE.test(file))) return;
    const pattern = toPattern(segments);
    const params = segments.flatMap((segment) => DYNAMIC.exec(segment)?.[1] ?? []);
    routes.set(pattern, { pattern, params });
  });
  return [...routes.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Every not-found page under `appDir`, sorted by the folder it answers for. */
export function listNotFoundRoutes(appDir = path.join(process.cwd(), 'app')): NotFoundRoute[] {
  const scopes = new Set<string>();
  walk(appDir, [], (files, segments) => {
    if (files.some((file) => NOT_FOUND_FILE.test(file))) scopes.add(toPattern(segments));
  });
  return [...scopes].sort().map((scope) => ({ scope }));
}

/** Fills a pattern's dynamic segments with `value(name)`. */
export function fillRoute(pattern: string, value: (name: string) => string): string {
  return pattern.replace(/\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}/g, (_match, name: string) => encodeURIComponent(value(name)));
}
