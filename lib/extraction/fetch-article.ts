// Fetches an article on the server and keeps its readable text, with Mozilla's Readability over a
// jsdom document (no scripts run, no subresources load). Only http(s) to public addresses: every
// host, the first and each redirect target, is resolved and checked before connecting, and the
// connection goes to the address that was checked, so a name cannot re-resolve to a private one.
// Size, time and the number of redirects are bounded.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { z } from 'zod';
import { parsePartialDate } from '@/lib/figures/period';

export interface FetchArticleOptions {
  /** Private networks that may be fetched all the same, as CIDRs ("127.0.0.0/8"): for tests only. */
  allowedPrivateNetworks?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export interface FetchedArticle {
  /** The address the article was read from, after redirects. */
  url: string;
  title: string | null;
  /** The site's own name from its metadata ("The Kyiv Independent"), or null. */
  publisher: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY from the page's metadata, or null. */
  published: string | null;
  /** The readable text, one paragraph a line. */
  text: string;
}

export type ArticleFetchErrorCode =
  | 'invalid_url'
  | 'forbidden_address'
  | 'unresolvable'
  | 'too_many_redirects'
  | 'too_large'
  | 'timeout'
  | 'http_status'
  | 'not_html'
  | 'unreadable'
  | 'network';

export class ArticleFetchError extends Error {
  constructor(
    readonly code: ArticleFetchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const FETCH_DEFAULTS = { maxBytes: 3_000_000, timeoutMs: 10_000, maxRedirects: 5 } as const;

const settingsSchema = z.object({
  SF_FETCH_ALLOWED_PRIVATE_NETWORKS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((cidrs) => cidrs.every((cidr) => parseCidr(cidr) !== null), 'must be a comma-separated list of CIDRs such as 127.0.0.0/8'),
  SF_FETCH_MAX_BYTES: z.coerce.number().int().positive().default(FETCH_DEFAULTS.maxBytes),
  SF_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(FETCH_DEFAULTS.timeoutMs),
});

/** The fetch settings from the environment; none of them is needed, and none allows private addresses by default. */
export function fetchSettingsFromEnv(env: Record<string, string | undefined> = process.env): Required<Omit<FetchArticleOptions, 'maxRedirects'>> {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { allowedPrivateNetworks: parsed.data.SF_FETCH_ALLOWED_PRIVATE_NETWORKS, maxBytes: parsed.data.SF_FETCH_MAX_BYTES, timeoutMs: parsed.data.SF_FETCH_TIMEOUT_MS };
}

// Addresses that are not on the public internet: private, loopback, link-local (cloud metadata),
// shared (CGNAT), documentation, benchmarking, multicast and reserved ranges.
const NON_PUBLIC: Array<[string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'], ['10.0.0.0', 8, 'ipv4'], ['100.64.0.0', 10, 'ipv4'], ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'],
  ['192.88.99.0', 24, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['198.18.0.0', 15, 'ipv4'], ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'], ['224.0.0.0', 4, 'ipv4'], ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'], ['::1', 128, 'ipv6'], ['100::', 64, 'ipv6'], ['2001:db8::', 32, 'ipv6'], ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'], ['ff00::', 8, 'ipv6'],
];
const nonPublic = new net.BlockList();
for (const [address, prefix, family] of NON_PUBLIC) nonPublic.addSubnet(address, prefix, family);

function parseCidr(cidr: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address, prefixText] = cidr.split('/');
  const version = net.isIP(address);
  const prefix = Number(prefixText);
  if (!version || !Number.isInteger(prefix) || prefix < 0 || prefix > (version === 4 ? 32 : 128)) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** IPv4 addresses written inside IPv6 ones (::ffff:10.0.0.1, 64:ff9b::a00:1, 2002:a00:1::) are checked as IPv4. */
function embeddedIpv4(address: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex) {
    const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/i.exec(address);
  if (sixToFour) {
    const [high, low] = [parseInt(sixToFour[1], 16), parseInt(sixToFour[2], 16)];
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return null;
}

/** Whether an address may be fetched: public, or inside a network the settings allow. */
export function isAllowedAddress(address: string, allowedPrivateNetworks: readonly string[] = []): boolean {
  const version = net.isIP(address);
  if (!version) return false;
  const v4 = version === 6 ? embeddedIpv4(address) : null;
  const [checked, family] = v4 ? [v4, 'ipv4' as const] : [address, version === 4 ? ('ipv4' as const) : ('ipv6' as const)];
  if (!nonPublic.check(checked, family)) return true;
  const allowed = new net.BlockList();
  for (const cidr of allowedPrivateNetworks) {
    const parsed = parseCidr(cidr);
    if (parsed) allowed.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return allowed.check(checked, family);
}

function checkUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new ArticleFetchError('invalid_url', `"${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ArticleFetchError('invalid_url', `only http and https links can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new ArticleFetchError('invalid_url', 'links with a user name or password are not fetched');
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A dns.lookup for the request that refuses names resolving to any address that is not allowed. */
function guardedLookup(allowed: readonly string[]) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { all: true }, (error, addresses) => {
      if (error) {
        callback(Object.assign(new ArticleFetchError('unresolvable', `${hostname} could not be resolved`), { code: 'ENOTFOUND' }), []);
        return;
      }
      const refused = addresses.find((a) => !isAllowedAddress(a.address, allowed));
      if (refused || addresses.length === 0) {
        callback(new ArticleFetchError('forbidden_address', `${hostname} resolves to ${refused?.address ?? 'nothing'}, which is not a public address`) as NodeJS.ErrnoException, []);
        return;
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(url: URL, options: Required<FetchArticleOptions>, signal: AbortSignal): Promise<Response> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !isAllowedAddress(host, options.allowedPrivateNetworks)) {
    return Promise.reject(new ArticleFetchError('forbidden_address', `${host} is not a public address`));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(options.allowedPrivateNetworks) as unknown as typeof dns.lookup,
      headers: { 'user-agent': 'SourcedFigures/1.0 (figure extraction)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' },
    });
    req.on('error', (error) => {
      if (error instanceof ArticleFetchError) reject(error);
      else if (signal.aborted) reject(new ArticleFetchError('timeout', `no answer from ${url.host} within ${options.timeoutMs} ms`));
      else reject(new ArticleFetchError('network', `${url.host} could not be reached: ${error.message}`));
    });
    req.on('response', (res) => {
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        res.destroy();
        reject(new ArticleFetchError('too_large', `the page is ${declared} bytes; at most ${options.maxBytes} are read`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          res.destroy();
          req.destroy();
          reject(new ArticleFetchError('too_large', `the page is larger than ${options.maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (error) => reject(signal.aborted ? new ArticleFetchError('timeout', `no answer from ${url.host} within ${options.timeoutMs} ms`) : new ArticleFetchError('network', error.message)));
    });
    req.end();
  });
}

function decode(body: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** A date from page metadata at the precision it is known: "2025-12-02T09:00:00Z" is 2025-12-02. */
function toPartialDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!match) return null;
  const text = match[0];
  return parsePartialDate(text).ok ? text : null;
}

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, figcaption, dd, dt';

/** The text of Readability's article, one block a line, so that sentences of different paragraphs stay apart. */
function readableText(html: string, url: string): string {
  const fragment = new JSDOM(`<body>${html}</body>`, { url }).window.document.body;
  const blocks = [...fragment.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const lines = (blocks.length > 0 ? blocks : [fragment]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return lines.join('\n');
}

function parseArticle(html: string, url: string): FetchedArticle {
  const dom = new JSDOM(html, { url });
  const document = dom.window.document;
  const published =
    toPartialDate(meta(document, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'DC.date.issued', 'dcterms.created', 'sailthru.date')) ??
    toPartialDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const siteName = meta(document, 'og:site_name', 'application-name', 'publisher', 'dcterms.publisher');
  const article = new Readability(document).parse();
  if (!article || !article.content) throw new ArticleFetchError('unreadable', 'no article text could be found on the page');
  return {
    url,
    title: article.title?.trim() || null,
    publisher: article.siteName?.trim() || siteName,
    published: toPartialDate(article.publishedTime) ?? published,
    text: readableText(article.content, url),
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The readable text and metadata of the article at `address`, or an ArticleFetchError that says why not. */
export async function fetchArticle(address: string, options: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const settings: Required<FetchArticleOptions> = {
    allowedPrivateNetworks: options.allowedPrivateNetworks ?? [],
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    timeoutMs: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    let url = checkUrl(address);
    for (let redirects = 0; ; redirects += 1) {
      const response = await request(url, settings, controller.signal);
      if (REDIRECTS.has(response.status) && response.headers.location) {
        if (redirects >= settings.maxRedirects) throw new ArticleFetchError('too_many_redirects', `more than ${settings.maxRedirects} redirects`);
        url = checkUrl(response.headers.location, url);
        continue;
      }
      if (response.status < 200 || response.status >= 300) throw new ArticleFetchError('http_status', `${url.host} answered ${response.status}`);
      const contentType = String(response.headers['content-type'] ?? '');
      const body = decode(response.body, contentType);
      if (/^text\/plain/i.test(contentType)) return { url: url.toString(), title: null, publisher: null, published: null, text: body.trim() };
      if (!/^(?:text\/html|application\/xhtml\+xml)/i.test(contentType)) throw new ArticleFetchError('not_html', `the link is ${contentType || 'of no stated type'}, not a web page`);
      return parseArticle(body, url.toString());
    }
  } finally {
    clearTimeout(timer);
  }
}
