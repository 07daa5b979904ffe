/**
 * `npm start`'s server: the production build served by Next in this process, behind a small Node HTTP server that
 *  - listens on $HOST:$PORT (default 127.0.0.1:3000; `-H <host>` and `-p <port>` as for `next start`) and gives Next
 *    the host name its rewrites are compared with (lib/http/next-hostname.ts): with `next start -H 127.0.0.1` Next
 *    sent every anonymous event page's rewrite (proxy.ts) through its own HTTP proxy, a second request per page;
 *  - answers anonymous event pages from a copy of Next's cached answer, per write generation
 *    (lib/http/reading-page-cache.ts, lib/http/reading-page-handler.ts; READOUT_PAGE_CACHE=0 turns it off);
 *  - refuses direct requests for the internal cached route, so a rewrite that goes out over HTTP again is a 404;
 *  - removes old write generations' pages from Next's on-disk route cache: all at start (a new process never asks
 *    for an old key), and every minute its own old generations and other runs' pages older than an hour
 *    (lib/http/route-cache-sweep.ts).
 * Run from the project directory with tsx's require hook: `node --require tsx/cjs scripts/serve.ts` (after
 * `tsx scripts/prepare.ts all`, which `npm start` runs first).
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { nextHostnameFor } from "../lib/http/next-hostname";
import { ReadingPageCache } from "../lib/http/reading-page-cache";
import { withReadingPageCache } from "../lib/http/reading-page-handler";
import { keepWhileRunning, sweepReadingPageEntries } from "../lib/http/route-cache-sweep";
import { currentWriteGeneration } from "../lib/view/write-generation";

const SWEEP_EVERY_MS = 60_000;

function argument(short: string, long: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === short || arg === long);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  (process.env as Record<string, string>).NODE_ENV = "production";
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const root = path.join(__dirname, "..");
  const host = argument("-H", "--hostname") ?? process.env.HOST ?? "127.0.0.1";
  const port = Number(argument("-p", "--port") ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: "${argument("-p", "--port") ?? process.env.PORT}"`);
  const distDir = path.join(root, ".next");

  const removed = await sweepReadingPageEntries(distDir, () => false);
  if (removed) console.log(`removed ${removed} cached event page(s) of earlier runs`);

  const app = next({ dev: false, dir: root, hostname: nextHostnameFor(host), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const useCache = process.env.READOUT_PAGE_CACHE !== "0";
  const handler = useCache ? withReadingPageCache((req, res) => handle(req, res), new ReadingPageCache(), currentWriteGeneration) : (req: http.IncomingMessage, res: http.ServerResponse) => handle(req, res);
  const server = http.createServer((request, response) => {
    Promise.resolve(handler(request, response)).catch((error) => {
      console.error(`Failed to handle ${request.method} ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal Server Error");
    });
  });

  const sweep = setInterval(() => {
    sweepReadingPageEntries(distDir, keepWhileRunning(currentWriteGeneration(), Date.now())).catch((error) => console.error("route cache sweep failed:", error));
  }, SWEEP_EVERY_MS);
  sweep.unref();

  const stop = (signal: string) => {
    console.log(`${signal}: closing`);
    clearInterval(sweep);
    server.close();
    // Next's close ends its handlers; the comparison workers end with the process.
    app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(`Readout on http://${shown}:${port} (page cache ${useCache ? "on" : "off"})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
