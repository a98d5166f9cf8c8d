// npm run db:import -- <figures.csv> [--series <series.csv>] [--events <events.csv>] [--author NAME] [--reason TEXT] [--retire-missing]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openMigratedDatabase } from '@/lib/database/prepare';
import { importFiles } from '@/lib/importer/import-files';
import { log, run } from './cli';

const USAGE = 'usage: npm run db:import -- <figures.csv> [--series <series.csv>] [--events <events.csv>] [--author NAME] [--reason TEXT] [--retire-missing]';

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      series: { type: 'string' },
      events: { type: 'string' },
      author: { type: 'string' },
      reason: { type: 'string' },
      'retire-missing': { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1 || (positionals.length === 0 && !values.series && !values.events)) throw new Error(USAGE);
  const figuresFile = positionals[0];
  const database = await openMigratedDatabase(log);
  try {
    const report = await importFiles({
      databaseUrl: database.url,
      figuresFile,
      seriesFile: values.series,
      eventsFile: values.events,
      author: values.author ?? process.env.SF_AUTHOR ?? os.userInfo().username,
      reason: values.reason ?? `Import of ${[values.series, figuresFile, values.events].filter(Boolean).join(', ')}`,
      retireMissing: values['retire-missing'],
    });
    if (report.revision === null) {
      log(`nothing changed: ${report.figuresUnchanged} figures already up to date; no revision written`);
    } else {
      log(
        `revision ${report.revision}: ${report.seriesCreated} series created, ${report.seriesUpdated} updated; ` +
          `${report.figuresCreated} figures created, ${report.figuresCorrected} corrected, ${report.figuresRetired} retired, ${report.figuresUnchanged} unchanged; ${report.eventsWritten} events written`,
      );
    }
  } finally {
    await database.stop();
  }
});
