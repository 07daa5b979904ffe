// The comparison worker (lib/jobs/compare-pool.ts): runs lib/compare's compare() off the request thread.
// Plain JavaScript loaded from the source tree, not from Next's bundle: it registers tsx's CommonJS hook (tsx is a
// runtime dependency, as for `npm start`) to load lib/jobs/engine-bundle.ts, which builds the engine into one module
// with esbuild (or reads the build cached in node_modules/.cache/readout-engine while its sources are unchanged) and
// compiles it (tsx's own per-file compile keeps function names with wrappers that made the engine up to 1.3x slower;
// engine-bundle.ts). Messages: { id, inputs, options, exchanges } → { id, comparison } | { id, error }.
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";

const require = createRequire(import.meta.url);
require("tsx/cjs/api").register();
const { compare } = require("./engine-bundle.ts").loadEngine();

parentPort.on("message", ({ id, inputs, options, exchanges }) => {
  try {
    parentPort.postMessage({ id, comparison: compare(inputs, options, exchanges) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
