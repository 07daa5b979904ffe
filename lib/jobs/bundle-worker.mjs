// The bundle-parsing worker (lib/jobs/bundle-parse.ts): JSON.parse and the bundle's zod validation off the request
// thread. Loaded from the source tree with tsx's CommonJS hook, as lib/jobs/compare-worker.mjs.
// Messages: { id, json } → { id, result } | { id, error }; `result` is parseBundle's answer as JSON text (every value
// in it is a string, number, boolean or null): JSON.parse on the request thread is cheaper than a structured clone
// of 10,000 statement objects (measured: a 1.2 s stall under load).
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";

const require = createRequire(import.meta.url);
require("tsx/cjs/api").register();
const { parseBundle } = require("../editorial/parse-bundle.ts");

parentPort.on("message", ({ id, json }) => {
  try {
    parentPort.postMessage({ id, result: JSON.stringify(parseBundle(json)) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
