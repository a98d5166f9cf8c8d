// One import, timed in a process of its own so that its peak memory is the import's alone:
// tsx scripts/bench/import-child.ts <database url> <figures.csv>. Prints one line of JSON.
import { importFiles } from '@/lib/importer/import-files';

async function main(): Promise<void> {
  const [databaseUrl, figuresFile] = process.argv.slice(2);
  const started = performance.now();
  const report = await importFiles({ databaseUrl, figuresFile, author: 'bench', reason: 'benchmark import' });
  const ms = performance.now() - started;
  // maxRSS is in kilobytes
  console.log(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, report }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
