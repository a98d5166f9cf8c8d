// npm run db:migrate: applies prisma/migrations to the project's database (DATABASE_URL, or the
// embedded default), recording them as `prisma migrate deploy` does.
import { openMigratedDatabase } from '@/lib/database/prepare';
import { log, run } from './cli';

run(async () => {
  const database = await openMigratedDatabase(log);
  log('the database schema is up to date');
  await database.stop();
});
