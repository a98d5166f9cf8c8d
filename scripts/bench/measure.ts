// Timing helpers for the benchmark: seeded choices, so runs repeat, and nearest-rank percentiles.

/** mulberry32: a small seeded generator. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct numbers from 1 to `total`. */
export function pickDistinct(next: () => number, count: number, total: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(1 + Math.floor(next() * total));
  return [...chosen];
}

export interface Summary {
  runs: number;
  median: number;
  p99: number;
}

/** Nearest-rank percentile of a sample. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function summarize(samples: number[]): Summary {
  return { runs: samples.length, median: percentile(samples, 50), p99: percentile(samples, 99) };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** One GET, the whole body read: the time a reader waits for the page. */
export async function timeGet(url: string): Promise<{ ms: number; bytes: number; status: number; body: string }> {
  const { ms, value } = await timed(async () => {
    const response = await fetch(url);
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  });
  return { ms, status: value.status, bytes: value.body.byteLength, body: value.body.toString('utf8') };
}
