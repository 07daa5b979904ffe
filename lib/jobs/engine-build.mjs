// Builds the engine's bundle (lib/jobs/engine-bundle.ts) and prints it: run as a child process so that esbuild's
// sync API, which keeps a worker thread and its buffers (~20-40 MB of RSS), never lives in a process that compares.
// Usage: node lib/jobs/engine-build.mjs <project root>  →  the bundle's CommonJS source on stdout; esbuild's
// error on stderr and exit code 1 when the source does not build.
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";

/** The bundle's entry: what the workers and the benchmark call. */
const ENTRY = 'export { compare } from "./lib/compare/index";\nexport { diffVersions } from "./lib/compare/versions/index";\n';

/**
 * The engine's bundle as CommonJS source text, built by esbuild from `root`'s source tree, packages included (plain
 * JavaScript; bundling them spares the ESM-only ones a loader). No minifying and no kept-name wrappers (the reason
 * the bundle exists). Throws esbuild's error (file and line) when the source does not build.
 */
export function engineBundleSource(root) {
  const result = buildSync({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: "engine-entry.ts", loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${process.versions.node}`,
    keepNames: false,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(engineBundleSource(process.argv[2]));
  } catch (error) {
    process.stderr.write(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
