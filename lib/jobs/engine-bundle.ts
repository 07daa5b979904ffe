import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";
import type { compare } from "../compare";
import type { diffVersions } from "../compare/versions";

/**
 * The engine as the comparison workers and the benchmark run it: `lib/compare` built into one CommonJS module by
 * esbuild (in a child process, lib/jobs/engine-build.mjs) and compiled once per process.
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

/** The builder, run as a child process (its doc says why). */
const BUILDER = path.join(ROOT, "lib", "jobs", "engine-build.mjs");

/**
 * The engine's bundle as CommonJS source text (UTF-8), built by esbuild from `root`'s source tree in a child process
 * (lib/jobs/engine-build.mjs: esbuild's sync API would keep a worker thread and ~20-40 MB of RSS in this process). Throws
 * an Error carrying esbuild's message (file and line) when the source does not build.
 */
export function engineBundleSource(root: string = ROOT): string {
  try {
    return execFileSync(process.execPath, [BUILDER, root], { encoding: "utf8", maxBuffer: 256 * 2 ** 20, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(`The engine's bundle did not build: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  }
}

let loaded: Engine | null = null;

/**
 * The bundled engine: built (about half a second) and compiled on the first call, the same object afterwards. Its
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
