/**
 * Server-side latency of the reading views under load: `npm start`'s server (scripts/serve.ts) on 127.0.0.1 (loopback only) on a scratch copy
 * of the prepared database, autocannon with 10 connections for 20 s per URL (after a warm-up request, so the route
 * cache and the comparison cache are filled), against the seeded event and a static help page for scale. Then the
 * mixed run: 200 reading connections for 30 s while 20 editors save edits to one statement through their own
 * PrismaClient on the same file (as a second app instance would), counting timeouts, lost writes and save latency.
 * Uses the prepared database and build (`npm start` once, or `tsx scripts/prepare.ts all`).
 *   npm run bench:http [-- --seconds 20 --connections 10 --mixed-seconds 30 --readers 200 --writers 20]
 *   npm run bench:http -- --only mixed   (or --only pages; --only aligned: /about and the aligned view, no mixed run)
 *   npm run bench:http -- --no-page-cache  the same with scripts/serve.ts's micro-cache off (READOUT_PAGE_CACHE=0)
 *   npm run bench:http -- --bare-next-start  the same against `next start -H 127.0.0.1` (before scripts/serve.ts)
 *   npm run bench:http -- --only large   a 10 × 200 KB event (synthetic, scripts/bench.ts): first page time and HTML
 *                                         size of the aligned and coverage views, and /about's latency meanwhile
 *                                         (--large-pages N: pages of each view rendered, default 3; the median is printed)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createPrismaClient } from "../lib/db";
import { databaseFile, databaseUrl, isPostgresUrl } from "../lib/db-url";
import { applyBundle } from "../lib/data/apply-bundle";
import { updateStatement } from "../lib/data/statements";
import { syntheticStatements } from "./bench";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const seconds = option("seconds", 20);
const connections = option("connections", 10);
const mixedSeconds = Math.min(option("mixed-seconds", 30), 120); // bounded: never a run without an end
const readers = option("readers", 200);
const writers = option("writers", 20);
const port = option("port", 3210);
const saveHtml = args.includes("--save-html") ? args[args.indexOf("--save-html") + 1] : null;
const serverLog = args.includes("--server-log") ? args[args.indexOf("--server-log") + 1] : null;
// The server is `npm start`'s (scripts/serve.ts) on 127.0.0.1, as a reader would ask it. --no-page-cache turns its
// micro-cache off (READOUT_PAGE_CACHE=0): every answer then comes from Next (its route cache for event pages).
const origin = `http://127.0.0.1:${port}`;
const pageCache = !args.includes("--no-page-cache");
// --bare-next-start: the old way, `next start -H 127.0.0.1` (Next fetches each rewritten event page again over HTTP),
// for comparison.
const bareNextStart = args.includes("--bare-next-start");
const eventSlug = "blinken-calls-pashinyan-aliyev-2023-11-27";
const event = `/events/${eventSlug}`;

const targets: [string, string][] = [
  ["static help page (/about)", "/about"],
  ["event: aligned view", event],
  ["event: coverage view", `${event}?view=coverage`],
  ["event: quote check", `${event}?view=quotes`],
  ["event: pairwise diff", `${event}?view=pairwise&a=am-pmo-readout&b=news-report`],
  ["API: comparison JSON", `/api/events/${eventSlug}/comparison`],
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

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function pages(): Promise<void> {
  console.log(`autocannon: ${connections} connections, ${seconds} s per URL, node ${process.version}\n`);
  console.log("| page | req/s | p50 ms | p90 ms | p99 ms | errors |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [label, url] of only === "aligned" ? targets.slice(0, 2) : targets) {
    const warm = await fetch(`${origin}${url}`);
    if (!warm.ok) throw new Error(`${url} answered ${warm.status}`);
    const result = await autocannon({ url: `${origin}${url}`, connections, duration: seconds });
    const errors = result.errors + result.non2xx + result.timeouts;
    console.log(`| ${label} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${errors} |`);
  }
}

/** 200 readers (10 s timeout each) on the aligned view while 20 editors save, until the time is up. */
async function mixed(url: string): Promise<void> {
  const db = createPrismaClient(url);
  const editor = await db.editor.upsert({
    where: { email: "bench-writer@example.test" },
    create: { email: "bench-writer@example.test", name: "Bench writer", passwordHash: "not-a-real-hash" },
    update: {},
    select: { id: true, email: true, name: true },
  });
  const target = await db.statement.findFirstOrThrow({ where: { event: { slug: eventSlug } }, orderBy: { position: "desc" } });
  const saves: number[] = [];
  const tally = { ok: 0, conflict: 0, errors: [] as string[] };
  const deadline = Date.now() + mixedSeconds * 1000;
  async function writer(w: number): Promise<void> {
    for (let i = 0; Date.now() < deadline; i++) {
      const stored = await db.statement.findUniqueOrThrow({ where: { id: target.id } });
      const started = performance.now();
      try {
        const result = await updateStatement(
          db,
          {
            id: stored.id, version: stored.version, slug: stored.slug, partyId: stored.partyId, title: stored.title, kind: stored.kind,
            sourceName: stored.sourceName, sourceUrl: stored.sourceUrl ?? "", publishedOn: "", language: stored.language,
            speaker: stored.speaker ?? "", provenanceNote: stored.provenanceNote, sourceRole: stored.sourceRole,
            body: `${stored.body}\n(bench edit ${w}.${i})`, reason: "bench",
          },
          editor,
        );
        if (result.ok) tally.ok++;
        else if (result.status === "conflict") tally.conflict++;
        else tally.errors.push(result.message);
      } catch (error) {
        tally.errors.push(String(error));
      }
      saves.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 250)); // an editor saves a few times a second at most
    }
  }
  // Warmed first, as in the page runs: the first request compares and renders (seconds under load), the second is
  // Next's route-cache hit that scripts/serve.ts keeps. Without it, 200 connections opened at once all wait for that
  // first render.
  for (let i = 0; i < 2; i++) await (await fetch(`${origin}${event}`)).arrayBuffer();
  const reading = autocannon({ url: `${origin}${event}`, connections: readers, duration: mixedSeconds, timeout: 10 });
  await Promise.all([reading, ...Array.from({ length: writers }, (_, w) => writer(w))]);
  const result = await reading;
  const final = await db.statement.findUniqueOrThrow({ where: { id: target.id } });
  const lost = target.version + tally.ok - final.version;
  await db.$disconnect();
  saves.sort((a, b) => a - b);
  console.log(`\nmixed: ${readers} readers × ${mixedSeconds} s on the aligned view + ${writers} writers (own PrismaClient on the same file)\n`);
  console.log("| reads/s | read p50 ms | read p99 ms | read timeouts | read errors | saves ok | conflicts | save errors | lost writes | save p50 ms | save p99 ms |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(
    `| ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.timeouts} | ${result.errors + result.non2xx} | ${tally.ok} | ${tally.conflict} | ${tally.errors.length} | ${lost} | ${percentile(saves, 50).toFixed(0)} | ${percentile(saves, 99).toFixed(0)} |`,
  );
  if (tally.errors.length) console.log(`first save error: ${tally.errors[0]}`);
}

// A new slug each run: the route cache lives on disk (.next/server/app) across server restarts, so a fixed slug
// would make the "cold" request a cache hit.
const LARGE_SLUG = `bench-large-event-${Date.now().toString(36)}`;

/** Adds a 10 × 200,000-character event (synthetic statements cut at a sentence end) to the scratch database. */
async function addLargeEvent(url: string, statements = option("large-statements", 10), characters = option("large-chars", 200_000)): Promise<void> {
  const db = createPrismaClient(url);
  const texts = syntheticStatements(statements, Math.ceil(characters / 4.5)).map((s) => {
    const cut = s.text.lastIndexOf(". ", characters);
    return s.text.slice(0, cut > 0 ? cut + 1 : characters);
  });
  await applyBundle(db, {
    parties: Array.from({ length: statements }, (_, i) => ({ slug: `bench-party-${i}`, name: `Bench party ${i}`, shortName: `P${i}`, kind: "other", country: null, color: "#334455" })),
    events: [
      {
        slug: LARGE_SLUG,
        title: `Bench: ${statements} statements × ${characters.toLocaleString("en-US")} characters`,
        occurredOn: "2024-01-01",
        summary: "",
        statements: texts.map((body, i) => ({
          slug: `s${i}`, party: `bench-party-${i}`, title: `Statement ${i}`, kind: "official_readout", sourceName: "Bench", sourceUrl: null,
          publishedOn: null, language: "en", speaker: null, provenanceNote: "", body,
        })),
      },
    ],
  });
  await db.$disconnect();
  console.log(`large event: ${statements} statements, ${texts.reduce((n, t) => n + t.length, 0).toLocaleString("en-US")} characters in all`);
}

let serverPid = 0;
/**
 * CPU time (user + system, ms) the server process has used so far, all its threads, from /proc (Linux; NaN
 * elsewhere): the cost of a request apart from the waiting that other work on a shared machine adds to wall time.
 */
function serverCpuMs(): number {
  try {
    const fields = fs.readFileSync(`/proc/${serverPid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** Time and size of one GET, while /about is asked every 50 ms: the longest /about answer meanwhile. */
async function timedWithProbe(url: string): Promise<{ ms: number; cpuMs: number; bytes: number; status: number; probeMaxMs: number; probes: number }> {
  let done = false;
  let probeMaxMs = 0;
  let probes = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(`${origin}/about`).then((r) => r.arrayBuffer(), () => null);
      probeMaxMs = Math.max(probeMaxMs, performance.now() - started);
      probes++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  const cpuBefore = serverCpuMs();
  const response = await fetch(`${origin}${url}`);
  const body = await response.arrayBuffer();
  const bytes = body.byteLength;
  if (saveHtml) fs.writeFileSync(path.join(saveHtml, `${encodeURIComponent(url)}.html`), Buffer.from(body));
  const ms = performance.now() - started;
  const cpuMs = serverCpuMs() - cpuBefore; // includes the /about probes answered meanwhile (a few ms each)
  done = true;
  await probe;
  return { ms, cpuMs, bytes, status: response.status, probeMaxMs, probes };
}

async function large(): Promise<void> {
  const base = `/events/${LARGE_SLUG}`;
  console.log("\n| request | status | ms | server CPU ms | HTML KB | longest /about answer meanwhile ms (asks) |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  // Several pages of each view, each rendered once (comparison cached): the median says more than one request on a
  // shared machine. --large-pages N (default 3).
  const pages = Math.max(1, option("large-pages", 3));
  const rendered: Record<"aligned" | "coverage", number[]> = { aligned: [], coverage: [] };
  const renderedCpu: Record<"aligned" | "coverage", number[]> = { aligned: [], coverage: [] };
  for (const [label, url, kind] of [
    ["aligned, page 1, cold (compare in the worker + render)", base, null],
    ["aligned, page 1, again (route cache)", base, null],
    ...Array.from({ length: pages }, (_, i) => [`aligned, page ${i + 2} (comparison cached, page rendered)`, `${base}?page=${i + 2}`, "aligned"] as const),
    ...Array.from({ length: pages }, (_, i) => [`coverage, page ${i + 1} (comparison cached, page rendered)`, `${base}?view=coverage${i ? `&page=${i + 1}` : ""}`, "coverage"] as const),
  ] as const) {
    const r = await timedWithProbe(url);
    if (kind) rendered[kind].push(r.ms);
    if (kind) renderedCpu[kind].push(r.cpuMs);
    console.log(`| ${label} | ${r.status} | ${r.ms.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${(r.bytes / 1024).toFixed(0)} | ${r.probeMaxMs.toFixed(0)} (${r.probes}) |`);
  }
  for (const kind of ["aligned", "coverage"] as const) {
    const sorted = [...rendered[kind]].sort((a, b) => a - b);
    const cpu = [...renderedCpu[kind]].sort((a, b) => a - b);
    console.log(`median ${kind} page rendered: ${percentile(sorted, 50).toFixed(0)} ms, server CPU ${percentile(cpu, 50).toFixed(0)} ms, over ${sorted.length} pages`);
  }
}

async function main() {
  const root = path.join(__dirname, "..");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-bench-"));
  let url = databaseUrl();
  if (!isPostgresUrl(url)) {
    // A scratch copy: the mixed run writes, and the prepared database stays as it was. (On PostgreSQL the database
    // given is used as it is: point DATABASE_URL at a throwaway one. Two runs with different --port on one
    // PostgreSQL database are two app instances sharing it: docs/deploy.md.)
    const file = path.join(dir, "bench.db");
    const source = createPrismaClient();
    await source.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await source.$disconnect();
    fs.copyFileSync(databaseFile(), file);
    url = `file:${file}`;
  }
  if (only === "large") await addLargeEvent(url);
  // --server-node-args "<args>": options for the server's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", written
  // when the server exits at the end of the run).
  const nodeArgs = args.includes("--server-node-args") ? args[args.indexOf("--server-node-args") + 1].split(" ").filter(Boolean) : [];
  const serverArgs = bareNextStart
    ? [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)]
    : ["--require", "tsx/cjs", path.join(root, "scripts/serve.ts"), "-H", "127.0.0.1", "-p", String(port)];
  const server = spawn(process.execPath, [...nodeArgs, ...serverArgs], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, READOUT_PAGE_CACHE: pageCache ? "1" : "0" },
    // --server-log <file>: the server's output, to see why a request failed.
    stdio: serverLog ? ["ignore", fs.openSync(serverLog, "a"), fs.openSync(serverLog, "a")] : "ignore",
    detached: true,
  });
  serverPid = server.pid!;
  try {
    await waitForServer();
    console.log(bareNextStart ? "server: next start -H 127.0.0.1" : `server: scripts/serve.ts, page cache ${pageCache ? "on" : "off"}`);
    console.log(`load average before: ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}`);
    if (only === "large") await large();
    else {
      if (only !== "mixed") await pages();
      if (only !== "pages" && only !== "aligned") await mixed(url);
    }
    console.log(`load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(", ")}`);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
