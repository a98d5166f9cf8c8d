import { defineConfig } from 'prisma/config';

// The CLI only needs a URL for commands that talk to a database (migrate, studio); `prisma generate`
// does not, so an unset DATABASE_URL is not an error here.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? '',
  },
});
