// Builds the engine's bundle (lib/jobs/engine-bundle.ts) and prints it: run as a child process so that esbuild's
// sync API, which keeps a worker thread and its buffers (~20-40 MB of RSS), never lives in a process that compares.
// Usage: node lib/jobs/engine-build.mjs <project root>  →  JSON { code, inputs } on stdout: the bundle's CommonJS source
// and the files it was built from (paths relative to the root, for the disk cache's key); esbuild's error on stderr and
// exit code 1 when the source does not build.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";

/** The bundle's entry: what the workers and the benchmark call. */
const ENTRY = 'export { compare } from "./lib/compare/index";\nexport { diffVersions } from "./lib/compare/versions/index";\n';

/**
 * The engine's bundle, built by esbuild from `root`'s source tree, packages included (plain JavaScript; bundling them
 * spares the ESM-only ones a loader): `{ code, inputs }`, the CommonJS source text and the paths (relative to `root`) of
 * every file read for it. No minifying and no kept-name wrappers (the reason the bundle exists). Throws esbuild's error
 * (file and line) when the source does not build.
 */
export function engineBundle(root) {
  const result = buildSync({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: "engine-entry.ts", loader: "ts" },
    // Input paths in the metafile are relative to the working directory: the root's, whatever the caller's.
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${process.versions.node}`,
    keepNames: false,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  // The entry is stdin (no file): every other input is a file under the root.
  const inputs = Object.keys(result.metafile.inputs).filter((input) => input !== "engine-entry.ts");
  return { code: result.outputFiles[0].text, inputs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(JSON.stringify(engineBundle(path.resolve(process.argv[2] ?? "."))));
  } catch (error) {
    process.stderr.write(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
