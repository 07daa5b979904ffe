import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Bundle } from "../domain/bundle-schema";
import { parseBundle } from "../editorial/parse-bundle";
import type { Result } from "../editorial/result";

/**
 * parseBundle (lib/editorial/parse-bundle.ts) in a worker thread, so validating a large bundle (JSON.parse, the
 * depth walk and the zod schema: ~0.4 s of CPU for 10,000 statements, several seconds under load) never holds the
 * request thread. One worker, started on first use and kept (idle, it does not keep the process alive); jobs are
 * answered in order. When the worker cannot run (it fails to start or dies), the bundle is parsed inline: the same
 * function, so the answer is the same, only the event loop waits.
 */

type Parsed = Result<{ bundle: Bundle }>;

interface Job {
  id: number;
  json: string;
  resolve: (result: Parsed) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Job>();
let nextId = 1;

/**
 * The worker script, in the source tree (`npm start` runs from the project), as compareWorkerPath. Marked for
 * Turbopack to leave alone: followed, it tries to bundle the worker and tsx's esbuild with it, and the build fails.
 */
export function bundleWorkerPath(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "jobs", "bundle-worker.mjs");
}

const workerScript = { path: bundleWorkerPath };

/** The worker stopped: jobs it held are parsed inline, and the next job starts a new worker. */
function stopped(which: Worker): void {
  if (worker !== which) return;
  worker = null;
  for (const job of pending.values()) job.resolve(parseBundle(job.json));
  pending.clear();
}

function startWorker(): Worker {
  // Through an object property, as ComparePool's `this.script`: a path Turbopack cannot follow at build time.
  const started = new Worker(workerScript.path());
  started.unref();
  started.on("message", (reply: { id: number; result?: string; error?: string }) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    // An error thrown inside parseBundle (never expected: it returns its problems) is thrown here again, inline.
    job.resolve(reply.result !== undefined ? (JSON.parse(reply.result) as Parsed) : parseBundle(job.json));
  });
  started.on("error", () => stopped(started));
  started.on("exit", () => stopped(started));
  return started;
}

/** parseBundle(json) in the worker thread; the same Result, including every problem with its path. */
export function parseBundleOffThread(json: string): Promise<Parsed> {
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { id, json, resolve });
    try {
      worker ??= startWorker();
      worker.ref(); // a job in progress keeps the process alive until it answers
      worker.postMessage({ id, json });
    } catch {
      pending.delete(id);
      resolve(parseBundle(json));
    }
  });
}

/** Stops the worker (tests); a job in progress is parsed inline. */
export async function closeBundleWorker(): Promise<void> {
  await worker?.terminate();
}
