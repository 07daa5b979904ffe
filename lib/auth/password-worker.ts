import { Worker } from "node:worker_threads";

/**
 * bcrypt checks on a worker thread, so the ~0.25 s of pure-JS work per check (cost 12) never runs on the event
 * loop that answers every other request. One worker, one check at a time (the caller's semaphore queues the
 * rest). The worker's code is inline (no file for the bundler to trace); it loads bcryptjs from node_modules,
 * resolved from the working directory, which is the project root for `next start`, Jest and the scripts.
 */
const SOURCE = `
const { parentPort } = require("node:worker_threads");
const bcrypt = require("bcryptjs");
parentPort.on("message", ({ id, password, hash }) => {
  let ok = false;
  try { ok = bcrypt.compareSync(password, hash); } catch { ok = false; }
  parentPort.postMessage({ id, ok });
});`;

type Pending = Map<number, { resolve: (ok: boolean) => void; reject: (error: Error) => void }>;
const state = globalThis as unknown as { readoutPasswordWorker?: { worker: Worker; pending: Pending; nextId: number } | null };

function startWorker() {
  const worker = new Worker(SOURCE, { eval: true });
  const pending: Pending = new Map();
  worker.on("message", ({ id, ok }: { id: number; ok: boolean }) => {
    pending.get(id)?.resolve(ok);
    pending.delete(id);
  });
  const fail = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    state.readoutPasswordWorker = undefined; // the next check starts a new worker
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The password worker stopped (exit code ${code}).`)));
  worker.unref(); // an idle worker does not keep a script or a test run alive
  return { worker, pending, nextId: 1 };
}

/** True when `password` matches the bcrypt `hash`, computed on the worker thread. Rejects if the worker fails. */
export function compareOnWorker(password: string, hash: string): Promise<boolean> {
  const current = (state.readoutPasswordWorker ??= startWorker());
  const id = current.nextId++;
  return new Promise((resolve, reject) => {
    current.pending.set(id, { resolve, reject });
    current.worker.postMessage({ id, password, hash });
  });
}
