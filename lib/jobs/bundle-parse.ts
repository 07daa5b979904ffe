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
  json: string;
  resolve: (result: Parsed) => void;
}

/** The worker script, in the source tree (`npm start` runs from the project), as compareWorkerPath. */
export function bundleWorkerPath(): string {
  return path.join(process.cwd(), "lib", "jobs", "bundle-worker.mjs");
}

class BundleParser {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Job>();
  private nextId = 1;

  // A field, as ComparePool's: `new Worker(this.script)` is a path Turbopack does not follow at build time (given
  // the path expression itself, it bundles the worker with tsx's esbuild binary, and the build fails).
  constructor(private readonly script = bundleWorkerPath()) {}

  parse(json: string): Promise<Parsed> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, { json, resolve });
      try {
        const worker = (this.worker ??= this.start());
        worker.ref(); // a job in progress keeps the process alive until it answers
        worker.postMessage({ id, json });
      } catch {
        this.pending.delete(id);
        resolve(parseBundle(json));
      }
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.script);
    worker.unref();
    worker.on("message", (reply: { id: number; result?: string; error?: string }) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      // An error thrown inside parseBundle (never expected: it returns its problems) is thrown here again, inline.
      job.resolve(reply.result !== undefined ? (JSON.parse(reply.result) as Parsed) : parseBundle(job.json));
    });
    worker.on("error", () => this.stopped(worker));
    worker.on("exit", () => this.stopped(worker));
    return worker;
  }

  /** The worker stopped: jobs it held are parsed inline, and the next job starts a new worker. */
  private stopped(which: Worker): void {
    if (this.worker !== which) return;
    this.worker = null;
    for (const job of this.pending.values()) job.resolve(parseBundle(job.json));
    this.pending.clear();
  }
}

const globalForParser = globalThis as unknown as { readoutBundleParser?: BundleParser };
const parser = () => (globalForParser.readoutBundleParser ??= new BundleParser());

/** parseBundle(json) in the worker thread; the same Result, including every problem with its path. */
export function parseBundleOffThread(json: string): Promise<Parsed> {
  return parser().parse(json);
}

/** Stops the worker (tests); a job in progress is parsed inline. */
export async function closeBundleWorker(): Promise<void> {
  await globalForParser.readoutBundleParser?.close();
}
