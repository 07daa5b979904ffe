import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";
import { buildSync } from "esbuild";
import type { compare } from "../compare";
import type { diffVersions } from "../compare/versions";

/**
 * The engine as the comparison workers run it: `lib/compare` built into one CommonJS module by esbuild, in memory, and
 * compiled once per process.
 *
 * Why not the TypeScript through tsx's hook, as before: tsx compiles every file with esbuild's `keepNames`, which
 * wraps each named function in a `__name(fn, "…")` call that runs every time the function is created. The engine
 * creates named closures per call in its hot paths (the edit classifier makes about ten per edit), so it ran
 * 1.04–1.18× slower for `compare()` at 5 × 10k and 1.28–1.34× slower for the version diff at 2 × 50k than the same
 * code bundled without it (one process, alternating calls, both orders; docs/PERFORMANCE.md, session 16). The bundle
 * is the same source with the same semantics: no minifying, names kept by the runtime's own inference.
 */
export interface Engine {
  compare: typeof compare;
  diffVersions: typeof diffVersions;
}

/** The project's root: this file lives in lib/jobs. */
const ROOT = path.resolve(__dirname, "..", "..");

/** The bundle's entry: what the workers and the benchmark call. */
const ENTRY = 'export { compare } from "./lib/compare/index";\nexport { diffVersions } from "./lib/compare/versions/index";\n';

/**
 * The engine's bundle as CommonJS source text (UTF-8), built by esbuild from the source tree, packages included (they
 * are plain JavaScript; bundling them spares the ESM-only ones a loader). Throws esbuild's error when the source does
 * not build (a syntax or resolution error, with the file and line).
 */
export function engineBundleSource(root: string = ROOT): string {
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

let loaded: Engine | null = null;

/**
 * The bundled engine: built (about a second) and compiled on the first call, the same object afterwards. Its
 * `require` resolves from the project root, as the source's would. Throws what engineBundleSource throws.
 */
export function loadEngine(): Engine {
  if (loaded) return loaded;
  const filename = path.join(ROOT, "lib", "compare", "engine.bundle.cjs");
  const wrapper = new Script(`(function (exports, require, module, __filename, __dirname) {${engineBundleSource()}\n})`, { filename });
  const bundle = { exports: {} as Engine };
  (wrapper.runInThisContext() as (...args: unknown[]) => void)(bundle.exports, createRequire(filename), bundle, filename, path.dirname(filename));
  loaded = bundle.exports;
  return loaded;
}
