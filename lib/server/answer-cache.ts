// The web server's cache of whole answers (pages, API and figure answers) for anonymous GET requests,
// so that a page whose data has not changed is rendered once, not for every visitor. An answer is
// stored under the latest dataset revision it was rendered at; when an import writes a new revision
// every entry is dropped at once (`clear`, the one place that invalidates), so no visitor sees an
// answer older than the data.
//
// Each answer keeps the Content-Security-Policy it was rendered with, nonce included. A nonce must be
// unknown to whoever could inject markup into the page before the page is rendered; every render
// still gets a fresh one, and a stored answer is never rendered again, so reusing it for the answer's
// lifetime (as any CDN in front would) gives an attacker nothing. What it saves is the render.
import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export interface StoredAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
  /** Compressed copies, made the first time a client asks for them. */
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

export interface AnswerCacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** Larger answers are not stored. */
  maxEntryBytes: number;
}

export const DEFAULT_CACHE_LIMITS: AnswerCacheLimits = { maxEntries: 2000, maxBytes: 128 * 1024 * 1024, maxEntryBytes: 4 * 1024 * 1024 };

// Headers that describe one connection or one transfer, not the answer.
const TRANSFER_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'set-cookie']);

export function storableHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !TRANSFER_HEADERS.has(name.toLowerCase())));
}

export function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

export class AnswerCache {
  private readonly entries = new Map<string, StoredAnswer>();
  private bytes = 0;

  constructor(readonly limits: AnswerCacheLimits = DEFAULT_CACHE_LIMITS) {}

  static key(revision: number | null, host: string, url: string): string {
    return `${revision ?? 0} ${host.toLowerCase()} ${url}`;
  }

  get(key: string): StoredAnswer | undefined {
    const answer = this.entries.get(key);
    if (answer) {
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(key);
      this.entries.set(key, answer);
    }
    return answer;
  }

  set(key: string, answer: Omit<StoredAnswer, 'encoded' | 'etag'> & { etag?: string }): void {
    if (answer.body.length > this.limits.maxEntryBytes) return;
    this.delete(key);
    this.entries.set(key, { ...answer, etag: answer.etag ?? etagOf(answer.body), encoded: {} });
    this.bytes += answer.body.length;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** Drops every answer: the data changed. */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= old.body.length + (old.encoded.br?.length ?? 0) + (old.encoded.gzip?.length ?? 0);
  }

  /** The body in the best encoding the client accepts, compressed once per answer. */
  encode(answer: StoredAnswer, acceptEncoding: string | undefined): { body: Buffer; encoding: 'br' | 'gzip' | null } {
    const accepted = (acceptEncoding ?? '').toLowerCase();
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    if (!encoding || answer.body.length < 1024) return { body: answer.body, encoding: null };
    let body = answer.encoded[encoding];
    if (!body) {
      body =
        encoding === 'br'
          ? brotliCompressSync(answer.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: answer.body.length } })
          : gzipSync(answer.body, { level: 6 });
      answer.encoded[encoding] = body;
      this.bytes += body.length;
    }
    return { body, encoding };
  }
}
