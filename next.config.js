// CommonJS on purpose: an ESM config makes Next warn on every command.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // pdfjs-dist loads its worker module by path: bundled, it fails with "Setting up fake worker failed" (STACK.md).
  serverExternalPackages: ["pdfjs-dist"],
  // Uploaded PDFs and .docx files may be 5 MB (lib/sources/limits.ts); the multipart form adds a little.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};
