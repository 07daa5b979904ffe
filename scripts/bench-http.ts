/**
 * Server-side latency of the reading views under load: `next start` on 127.0.0.1, autocannon with 10 connections
 * for 20 s per URL (after a warm-up request, so the comparison cache is filled), against the seeded event and a
 * static help page for scale. Uses the prepared database and build (`npm start` once, or `tsx scripts/prepare.ts all`).
 *   npm run bench:http [-- --seconds 20 --connections 10]
 */
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const seconds = option("seconds", 20);
const connections = option("connections", 10);
const port = option("port", 3210);
const origin = `http://127.0.0.1:${port}`;
const event = "/events/blinken-calls-pashinyan-aliyev-2023-11-27";

const targets: [string, string][] = [
  ["static help page (/about)", "/about"],
  ["event: aligned view", event],
  ["event: coverage view", `${event}?view=coverage`],
  ["event: quote check", `${event}?view=quotes`],
  ["event: pairwise diff", `${event}?view=pairwise&a=am-pmo-readout&b=news-report`],
  ["API: comparison JSON", `/api/events/blinken-calls-pashinyan-aliyev-2023-11-27/comparison`],
];

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${origin}/about`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("next start did not answer within 60 s");
}

async function main() {
  const root = path.join(__dirname, "..");
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForServer();
    console.log(`autocannon: ${connections} connections, ${seconds} s per URL, node ${process.version}\n`);
    console.log("| page | req/s | p50 ms | p90 ms | p99 ms | errors |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const [label, url] of targets) {
      const warm = await fetch(`${origin}${url}`);
      if (!warm.ok) throw new Error(`${url} answered ${warm.status}`);
      const result = await autocannon({ url: `${origin}${url}`, connections, duration: seconds });
      const errors = result.errors + result.non2xx + result.timeouts;
      console.log(
        `| ${label} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${errors} |`,
      );
    }
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
