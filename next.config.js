// CommonJS on purpose: an ESM config makes Next warn on every command.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Cached reading views (issue 16) are revalidated on every write in this process; a CDN in front may serve a stale
  // copy while it revalidates for at most this long (s), not Next's default of a year (Cache-Control
  // stale-while-revalidate = expireTime − revalidate).
  expireTime: 3600,
  // pdfjs-dist loads its worker module by path: bundled, it fails with "Setting up fake worker failed" (STACK.md).
  serverExternalPackages: ["pdfjs-dist"],
  experimental: {
    serverActions: {
      // Above every documented limit (5 MB uploads and bundles, 1 MB statements), so those answer with the app's
      // own message; must equal MAX_ACTION_BODY_BYTES in lib/editorial/request-limit.ts (12 MB). Next's default, 1 MB,
      // answered a 2 MB bundle with "This page couldn't load".
      bodySizeLimit: 12 * 1024 * 1024,
    },
  },
};
