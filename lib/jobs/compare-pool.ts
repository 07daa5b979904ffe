import os from "node:os";
import path from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { CompareOptions, Comparison, ExchangeInput, StatementInput } from "../compare/types";
import { ENGINE_RESOURCE_LIMITS } from "./engine-heap";

/**
 * A small pool of worker threads running the engine's compare() (lib/jobs/compare-worker.mjs), so one big
 * comparison never holds the request thread. Node's own worker_threads: no dependency, and the worker script is
 * loaded from the source tree by path, outside Next's server bundle (the bundle cannot hold a worker entry).
 * Workers start on first use and stay; a worker that dies is replaced and its job fails with the error. Each runs with
 * the young generation of engine-heap.ts (a comparison's garbage then dies between scavenges).
 */

/** Workers: one per core but one, at least 1 and at most 4 (the request thread keeps a core). */
export const COMPARE_WORKERS = Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1));

interface Job {
  id: number;
  message: { id: number; inputs: StatementInput[]; options: CompareOptions; exchanges: ExchangeInput[] };
  resolve: (comparison: Comparison) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** The worker script: in the source tree, found from the working directory (`npm start` runs from the project). */
export function compareWorkerPath(): string {
  return path.join(process.cwd(), "lib", "jobs", "compare-worker.mjs");
}

export class ComparePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(
    readonly size = COMPARE_WORKERS,
    private readonly script = compareWorkerPath(),
  ) {}

  /** compare(inputs, options, exchanges) in a worker; rejects with the worker's error. */
  compare(inputs: StatementInput[], options: CompareOptions = {}, exchanges: ExchangeInput[] = []): Promise<Comparison> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, message: { id, inputs, options, exchanges }, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Starts every worker now and has each compare two one-sentence statements, so the engine is built and compiled (engine-bundle.ts) and
   * its tables loaded before the first large event asks (seconds of CPU per worker under load). Called at server
   * start (instrumentation.ts). Resolves with the ms it took; a worker that fails is replaced on the next job.
   */
  async warm(): Promise<number> {
    const started = performance.now();
    while (this.slots.length < this.size) this.start();
    const inputs: StatementInput[] = [
      { id: "a", label: "A", text: "The ministers met in the capital on Monday." },
      { id: "b", label: "B", text: "On Monday the ministers met in the capital." },
    ];
    await Promise.all(this.slots.map(() => this.compare(inputs)));
    return performance.now() - started;
  }

  /** Workers started (busy or idle). */
  get started(): number {
    return this.slots.length;
  }

  /** The V8 resource limits each started worker runs with (as the worker reports them; engine-heap.ts sets them). */
  get workerLimits(): (ResourceLimits | undefined)[] {
    return this.slots.map((slot) => slot.worker.resourceLimits);
  }

  /** Jobs waiting for a worker, and workers busy. */
  get load(): { waiting: number; busy: number } {
    return { waiting: this.queue.length, busy: this.slots.filter((s) => s.job).length };
  }

  /** Stops every worker (tests, shutdown); jobs in progress or waiting fail. */
  async close(): Promise<void> {
    const failed = new Error("The comparison pool was closed.");
    for (const job of this.queue.splice(0)) job.reject(failed);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.job?.reject(failed);
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref(); // a job in progress keeps the process alive until it answers
      slot.worker.postMessage(job.message);
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { resourceLimits: ENGINE_RESOURCE_LIMITS }), job: null };
    slot.worker.unref(); // an idle pool never keeps the process alive
    slot.worker.on("message", (reply: { id: number; comparison?: Comparison; error?: string }) => {
      const job = slot.job;
      slot.job = null;
      slot.worker.unref();
      if (job && job.id === reply.id) {
        if (reply.error !== undefined) job.reject(new Error(`compare() failed in a worker: ${reply.error}`));
        else job.resolve(reply.comparison!);
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = null;
      this.dispatch();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`A comparison worker stopped (exit code ${code}).`)));
    this.slots.push(slot);
    return slot;
  }
}

const globalForPool = globalThis as unknown as { readoutComparePool?: ComparePool };

/** The process's pool (kept across Next's dev reloads). */
export function comparePool(): ComparePool {
  return (globalForPool.readoutComparePool ??= new ComparePool());
}
