// The one check every request passes before any route runs (proxy.ts calls it): its address must be
// something a person or a program could mean. Each path segment and query value must be valid
// percent-encoded UTF-8 (no lone surrogates), hold no NUL or other control character, and stay
// within a size no page of this site needs; a query may name a parameter once and hold only so many.
// Anything else is refused here, so no handler, query or Next.js' own decoding of route parameters
// ever sees it (a malformed escape in a dynamic segment used to make Next answer a bare 500).

export const ADDRESS_LIMITS = {
  pathLength: 1024,
  segments: 16,
  segmentLength: 256,
  queryLength: 4096,
  parameters: 24,
  nameLength: 64,
  valueLength: 2048,
} as const;

export type AddressProblem = { part: 'path' | 'query'; message: string };

// C0 and C1 control characters, DEL included. Tabs and line breaks are refused too: no value of
// this site holds one, and a line break in a value that reaches a log or a header does harm.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function quoted(text: string): string {
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.stringify(printable.length > 40 ? `${printable.slice(0, 40)}…` : printable);
}

/** The text a percent-encoded piece stands for, or why it cannot stand for any. */
function decode(raw: string, plusIsSpace: boolean): { ok: true; text: string } | { ok: false; why: string } {
  let text: string;
  try {
    text = decodeURIComponent(plusIsSpace ? raw.replace(/\+/g, ' ') : raw);
  } catch {
    return { ok: false, why: 'is not valid percent-encoded UTF-8' };
  }
  if (CONTROL.test(text)) return { ok: false, why: 'holds a control character (such as NUL)' };
  if (LONE_SURROGATE.test(text)) return { ok: false, why: 'holds an unpaired surrogate' };
  return { ok: true, text };
}

function checkPath(path: string): AddressProblem | null {
  if (path.length > ADDRESS_LIMITS.pathLength) return { part: 'path', message: `The path is longer than ${ADDRESS_LIMITS.pathLength} characters.` };
  const segments = path.split('/').slice(1);
  if (segments.length > ADDRESS_LIMITS.segments) return { part: 'path', message: `The path has more than ${ADDRESS_LIMITS.segments} segments.` };
  for (const segment of segments) {
    const decoded = decode(segment, false);
    if (!decoded.ok) return { part: 'path', message: `The path segment ${quoted(segment)} ${decoded.why}.` };
    if (decoded.text.length > ADDRESS_LIMITS.segmentLength) {
      return { part: 'path', message: `A path segment is longer than ${ADDRESS_LIMITS.segmentLength} characters.` };
    }
  }
  return null;
}

function checkQuery(query: string): AddressProblem | null {
  if (query.length > ADDRESS_LIMITS.queryLength) return { part: 'query', message: `The query is longer than ${ADDRESS_LIMITS.queryLength} characters.` };
  const pairs = query.split('&').filter(Boolean);
  if (pairs.length > ADDRESS_LIMITS.parameters) return { part: 'query', message: `The query has more than ${ADDRESS_LIMITS.parameters} parameters.` };
  const seen = new Set<string>();
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
    const name = decode(rawName, true);
    if (!name.ok) return { part: 'query', message: `The parameter name ${quoted(rawName)} ${name.why}.` };
    if (name.text.length > ADDRESS_LIMITS.nameLength) {
      return { part: 'query', message: `The parameter name ${quoted(name.text)} is longer than ${ADDRESS_LIMITS.nameLength} characters.` };
    }
    if (seen.has(name.text)) return { part: 'query', message: `Parameter ${quoted(name.text)} is given more than once; give it once.` };
    seen.add(name.text);
    const value = decode(rawValue, true);
    if (!value.ok) return { part: 'query', message: `The value of ${quoted(name.text)} ${value.why}.` };
    if (value.text.length > ADDRESS_LIMITS.valueLength) {
      return { part: 'query', message: `The value of ${quoted(name.text)} is longer than ${ADDRESS_LIMITS.valueLength} characters.` };
    }
  }
  return null;
}

/**
 * Checks an address as the request gave it: the path with its escapes (as `new URL(request.url)`
 * keeps them) and the query without its "?".
 */
export function checkAddress(path: string, query: string): AddressProblem | null {
  return checkPath(path) ?? checkQuery(query);
}

/**
 * Routes that answer programs rather than people: a refusal there is a 400 in the API's error shape,
 * while a page's is the site's 404 page.
 */
export function isApiLikePath(path: string): boolean {
  return /^\/(?:api|og)(?:\/|$)/.test(path) || /^\/explore\/catalogue(?:\/|$)/.test(path);
}
