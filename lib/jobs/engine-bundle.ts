import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
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

/** A build's output: the bundle's CommonJS source and the files it was built from (paths relative to the root). */
interface BuiltBundle {
  code: string;
  inputs: string[];
}

/**
 * Builds the engine's bundle from `root`'s source tree in a child process (lib/jobs/engine-build.mjs: esbuild's sync API
 * would keep a worker thread and ~20-40 MB of RSS in this process). Throws an Error carrying esbuild's message (file and
 * line) when the source does not build.
 */
function buildBundle(root: string): BuiltBundle {
  try {
    return JSON.parse(execFileSync(process.execPath, [BUILDER, root], { encoding: "utf8", maxBuffer: 256 * 2 ** 20, stdio: ["ignore", "pipe", "pipe"] })) as BuiltBundle;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(`The engine's bundle did not build: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  }
}

/** The engine's bundle as CommonJS source text (UTF-8), freshly built from `root`'s source tree. Throws as buildBundle. */
export function engineBundleSource(root: string = ROOT): string {
  return buildBundle(root).code;
}

/**
 * SHA-256 (hex) of what a bundle depends on: the Node version it targets, the builder and esbuild's version, and each
 * input's path and content. Null when an input can no longer be read (deleted or moved: the bundle is stale).
 */
function inputsDigest(root: string, inputs: readonly string[]): string | null {
  const hash = createHash("sha256");
  try {
    hash.update(`${process.versions.node}\0${createRequire(BUILDER)("esbuild/package.json").version}\0`);
    hash.update(readFileSync(BUILDER));
    for (const input of inputs) {
      hash.update(`\0${input}\0`);
      hash.update(readFileSync(path.join(root, input)));
    }
  } catch {
    return null;
  }
  return hash.digest("hex");
}

/** Where bundles are kept between processes: node_modules/.cache, the build tools' convention (ignored by git, gone with the packages). */
const cacheDirOf = (root: string) => path.join(root, "node_modules", ".cache", "readout-engine");

/** What the cache's manifest.json holds: the digest of the last build's inputs, and those inputs. */
interface CacheManifest {
  digest: string;
  inputs: string[];
}

/**
 * The engine's bundle source for `root`: read from the disk cache (`cacheDir`) when every file the cached build read is
 * unchanged (inputsDigest over their contents, about 10 ms for the engine's ~420 files), else built (about half a second
 * with the child's start) and cached for the next process: each comparison worker and each benchmark case runs in a
 * process of its own. `{ code, cached }`: `cached` says the build was skipped. A cache that cannot be read or written (a
 * read-only install) is passed over, never an error; a file changed during the build is not cached (its content may be
 * newer than what was bundled). Throws as buildBundle when a build is needed and the source does not build.
 */
export function cachedEngineBundle(root: string = ROOT, cacheDir: string = cacheDirOf(root)): { code: string; cached: boolean } {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, "manifest.json"), "utf8")) as CacheManifest;
    if (Array.isArray(manifest.inputs) && typeof manifest.digest === "string" && inputsDigest(root, manifest.inputs) === manifest.digest)
      return { code: readFileSync(path.join(cacheDir, `engine-${manifest.digest}.cjs`), "utf8"), cached: true };
  } catch {
    // No cache yet, or one another process is replacing: build.
  }
  // File times are read to the millisecond, but some file systems keep whole seconds: a second's margin.
  const startedAt = Date.now() - 1000;
  const built = buildBundle(root);
  const digest = inputsDigest(root, built.inputs);
  const changedDuringBuild = built.inputs.some((input) => (statSync(path.join(root, input), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) >= startedAt);
  if (digest && !changedDuringBuild) writeCache(cacheDir, digest, built);
  return { code: built.code, cached: false };
}

/**
 * Writes a build to the cache: the bundle, then the manifest that points to it, each to a temporary name renamed into
 * place (a reader sees the old pair or the new one, never half a file); older bundles are removed. Failures are ignored.
 */
function writeCache(cacheDir: string, digest: string, built: BuiltBundle): void {
  const temporary = (name: string) => path.join(cacheDir, `.${name}.${process.pid}.${Date.now()}`);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const bundleName = `engine-${digest}.cjs`;
    const bundleTemporary = temporary(bundleName);
    writeFileSync(bundleTemporary, built.code);
    renameSync(bundleTemporary, path.join(cacheDir, bundleName));
    const manifestTemporary = temporary("manifest.json");
    writeFileSync(manifestTemporary, JSON.stringify({ digest, inputs: built.inputs } satisfies CacheManifest));
    renameSync(manifestTemporary, path.join(cacheDir, "manifest.json"));
    for (const name of readdirSync(cacheDir)) if (name.startsWith("engine-") && name !== bundleName) rmSync(path.join(cacheDir, name), { force: true });
  } catch {
    // A read-only or full disk: the next process builds again.
  }
}

let loaded: Engine | null = null;

/**
 * The bundled engine: read from the disk cache or built (cachedEngineBundle) and compiled on the first call, the same
 * object afterwards. Its `require` resolves from the project root, as the source's would. Throws what buildBundle throws.
 */
export function loadEngine(): Engine {
  if (loaded) return loaded;
  const filename = path.join(ROOT, "lib", "compare", "engine.bundle.cjs");
  const wrapper = new Script(`(function (exports, require, module, __filename, __dirname) {${cachedEngineBundle().code}\n})`, { filename });
  const bundle = { exports: {} as Engine };
  (wrapper.runInThisContext() as (...args: unknown[]) => void)(bundle.exports, createRequire(filename), bundle, filename, path.dirname(filename));
  loaded = bundle.exports;
  return loaded;
}
