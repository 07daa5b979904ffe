// The comparison worker (lib/jobs/compare-pool.ts): runs lib/compare's compare() off the request thread.
// Plain JavaScript loaded from the source tree, not from Next's bundle: it registers tsx's CommonJS hook (tsx is a
// runtime dependency, as for `npm start`) and requires the engine's TypeScript directly, so the worker needs no
// bundler support for worker_threads. Messages: { id, inputs, options, exchanges } → { id, comparison } | { id, error }.
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";

const require = createRequire(import.meta.url);
require("tsx/cjs/api").register();
const { compare } = require("../compare/index.ts");

parentPort.on("message", ({ id, inputs, options, exchanges }) => {
  try {
    parentPort.postMessage({ id, comparison: compare(inputs, options, exchanges) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
