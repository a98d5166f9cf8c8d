import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'sf-csv-'));
let counter = 0;

/** Writes text to a fresh temporary file and returns its path. */
export function writeTempFile(content: string | Buffer, name = 'figures.csv'): string {
  counter += 1;
  const file = path.join(dir, `${counter}-${name}`);
  writeFileSync(file, content);
  return file;
}

/** The project's seed figures (or those of another seed file) as lines: [header, ...rows]. */
export function seedFigureLines(file = 'data/figures.csv'): string[] {
  return readFileSync(file, 'utf8').trimEnd().split('\n');
}
