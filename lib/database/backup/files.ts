// Reading and writing backup files a line at a time, gzipped when the name ends in .gz (written) or
// the file starts with gzip's magic bytes (read). Memory stays bounded by one chunk and one line,
// however large the file.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';

const GZIP_MAGIC = [0x1f, 0x8b];

/** Writes text, waiting whenever the stream asks for a pause. */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export interface BackupWriter {
  stream: Writable;
  /** Flushes and closes the file (and its gzip trailer). */
  finish(): Promise<void>;
}

/** Writes to `file`, gzipped when `name` (the name the file will have once complete) ends in .gz. */
export function backupWriter(file: string, name = file): BackupWriter {
  const fileStream = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  const gzip = name.endsWith('.gz') ? createGzip() : null;
  if (gzip) gzip.pipe(fileStream);
  const stream = gzip ?? fileStream;
  return {
    stream,
    finish: async () => {
      const closed = once(fileStream, 'close');
      stream.end();
      await closed;
    },
  };
}

async function isGzipped(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

/** The file's lines, read as they are consumed (async iteration pulls, so a slow reader pauses the file). */
export async function* backupLines(file: string): AsyncGenerator<string> {
  const raw = createReadStream(file);
  const stream: Readable = (await isGzipped(file)) ? raw.pipe(createGunzip()) : raw;
  stream.setEncoding('utf8');
  let rest = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) yield line;
  }
  if (rest !== '') yield rest;
}
