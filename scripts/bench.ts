/**
 * Engine benchmark: `npm run bench`.
 * Generates deterministic synthetic statements (shared claims, some verbatim, most paraphrased,
 * plus claims unique to one statement and a few quotations) and times compare() against the naive
 * approach of word-diffing every pair of whole texts. Each case runs in its own child process so
 * that peak memory (max RSS) belongs to that case alone. The engine timed is the one the comparison
 * workers run: lib/compare bundled by esbuild (lib/jobs/engine-bundle.ts loadEngine), not tsx's
 * per-file compile, whose kept names cost the engine up to 1.3x.
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { diffWords } from "diff";
import type { StatementInput } from "../lib/compare";
import { loadEngine } from "../lib/jobs/engine-bundle";
import { ENGINE_NODE_FLAGS } from "../lib/jobs/engine-heap";
import { prng } from "./prng";

const STATEMENT_COUNTS = [2, 5, 10];
const WORD_COUNTS = [1_000, 10_000, 50_000];
// The naive baseline gets this long per pair; when a pair hits it, the baseline time is a lower bound.
const NAIVE_TIMEOUT_MS = 1_000;
const NAIVE_MAX_EDIT_LENGTH = 100_000;

const SYLLABLES = "ka ro mi su te la ven dor an ish pel tra gon mar el sti qua ber lon fi".split(" ");
const STOP_WORDS = "the of and to in a that for on with as by at from was were is has been also its their".split(" ");

interface Generator {
  random: () => number;
  words: string[];
  names: string[];
}

function makeGenerator(seed: number): Generator {
  const random = prng(seed);
  const word = (syllables: number) => Array.from({ length: syllables }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("");
  const words = Array.from({ length: 5000 }, (_, i) => `${word(2 + (i % 3))}${i % 7 === 0 ? "ed" : ""}`);
  const names = Array.from({ length: 300 }, () => {
    const name = word(3);
    return name[0].toUpperCase() + name.slice(1);
  });
  return { random, words, names };
}

/** Zipf-like: a few words are everywhere, most are rare, as in real text. */
function pick<T>(random: () => number, items: T[]): T {
  return items[Math.floor(items.length * Math.pow(random(), 2.5))];
}

function claim(g: Generator): string[] {
  const length = 12 + Math.floor(g.random() * 18);
  const words: string[] = [pick(g.random, g.names)];
  while (words.length < length) {
    const roll = g.random();
    if (roll < 0.35) words.push(STOP_WORDS[Math.floor(g.random() * STOP_WORDS.length)]);
    else if (roll < 0.4) words.push(pick(g.random, g.names));
    else if (roll < 0.42) words.push(String(Math.floor(g.random() * 100_000)).replace(/\B(?=(\d{3})+$)/gu, ","));
    else words.push(pick(g.random, g.words));
  }
  return words;
}

/** Replaces, drops and inserts a share of the words: the same claim in other words. */
function paraphrase(g: Generator, words: string[]): string[] {
  const result: string[] = [];
  for (const word of words) {
    const roll = g.random();
    if (roll < 0.15) result.push(pick(g.random, g.words));
    else if (roll < 0.22) continue;
    else result.push(word);
    if (g.random() < 0.08) result.push(STOP_WORDS[Math.floor(g.random() * STOP_WORDS.length)]);
  }
  return result;
}

function sentence(g: Generator, words: string[]): string {
  const text = words.join(" ");
  if (g.random() < 0.06 && words.length > 10) {
    const [head, quoted, tail] = [words.slice(0, 3), words.slice(3, 10), words.slice(10)];
    return `${head.join(" ")} “${quoted.join(" ")}” ${tail.join(" ")}.`;
  }
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** N statements of about `wordCount` words each, reporting overlapping subsets of one pool of claims. */
export function syntheticStatements(statementCount: number, wordCount: number, seed = 20231127): StatementInput[] {
  const g = makeGenerator(seed);
  const claims = Array.from({ length: Math.ceil((wordCount / 20) * 1.6) }, () => claim(g));
  return Array.from({ length: statementCount }, (_, s) => {
    const sentences: string[] = [];
    let words = 0;
    for (let c = 0; words < wordCount; c = (c + 1) % claims.length) {
      let text: string[] | null = null;
      const roll = g.random();
      if (roll < 0.2) text = claims[c];
      else if (roll < 0.55) text = paraphrase(g, claims[c]);
      else if (roll < 0.7) text = claim(g);
      if (!text) continue;
      sentences.push(sentence(g, text));
      words += text.length;
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(" "));
    return { id: `statement-${s}`, label: `Statement ${s}`, text: paragraphs.join("\n\n") };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

const megabytes = (bytes: number) => bytes / 2 ** 20;
/** Peak RSS of this process so far (maxRSS is in kilobytes). */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

interface TimeResult {
  medianMs: number;
  minMs: number;
  /** Process CPU time (user + system, GC threads included) of the median run. */
  medianCpuMs: number;
  runs: number;
}

interface MemoryResult {
  /** RSS with the runtime loaded and the input generated, before compare(). */
  rssBeforeMb: number;
  /** Peak RSS of the process (max RSS), compare() included. */
  peakRssMb: number;
}

interface NaiveResult extends MemoryResult {
  ms: number;
  /** A pair hit the cap, so `ms` is a lower bound. */
  capped: boolean;
}

function timeEngine(statementCount: number, wordCount: number): TimeResult {
  const { compare } = loadEngine();
  const statements = syntheticStatements(statementCount, wordCount);
  const [warmUps, runs] = wordCount >= 50_000 ? [3, 3] : [10, 9];
  // Warm-up runs let the JIT settle, so the medians describe a long-running server. On a busy
  // two-core machine V8 takes about ten runs to optimise everything (timing every run of a fresh
  // process shows 5 x 10k falling from ~550 ms to a steady ~60-100 ms by the tenth to fifteenth run).
  for (let i = 0; i < warmUps; i++) compare(statements);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    compare(statements);
    times.push(performance.now() - started);
    cpuTimes.push(cpuMs(process.cpuUsage(cpuStarted)));
  }
  return { medianMs: median(times), minMs: times.reduce((least, t) => Math.min(least, t), Infinity), medianCpuMs: median(cpuTimes), runs };
}

/** One compare() in a fresh process, so its peak RSS is not inflated by earlier runs' garbage. */
function measureEngineMemory(statementCount: number, wordCount: number): MemoryResult {
  const { compare } = loadEngine();
  const statements = syntheticStatements(statementCount, wordCount);
  const rssBeforeMb = megabytes(process.memoryUsage().rss);
  compare(statements);
  return { rssBeforeMb, peakRssMb: peakRssMb() };
}

function runNaive(statementCount: number, wordCount: number): NaiveResult {
  const statements = syntheticStatements(statementCount, wordCount);
  const rssBeforeMb = megabytes(process.memoryUsage().rss);
  let capped = false;
  const started = performance.now();
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const changes = diffWords(statements[i].text, statements[j].text, { maxEditLength: NAIVE_MAX_EDIT_LENGTH, timeout: NAIVE_TIMEOUT_MS });
      if (!changes) capped = true;
    }
  }
  return { ms: performance.now() - started, capped, rssBeforeMb, peakRssMb: peakRssMb() };
}

/**
 * Two versions of one statement (issue 12): `wordCount` words, 5 % of the words replaced by others,
 * three paragraphs moved elsewhere; times the sentence-aligned version diff (diffVersions).
 */
export function versionsInput(wordCount: number): { original: string; edited: string } {
  const [original] = syntheticStatements(1, wordCount);
  const g = makeGenerator(7);
  const paragraphs = original.text.split("\n\n").map((paragraph) =>
    paragraph.replace(/[\p{L}\p{N},]+/gu, (word) => (g.random() < 0.05 ? pick(g.random, g.words) : word)),
  );
  for (let k = 0; k < 3; k++) {
    const [moved] = paragraphs.splice(Math.floor(g.random() * paragraphs.length), 1);
    paragraphs.splice(Math.floor(g.random() * paragraphs.length), 0, moved);
  }
  return { original: original.text, edited: paragraphs.join("\n\n") };
}

/**
 * Times diffVersions on versionsInput(wordCount): VERSIONS_WARM_UPS warm-up runs, then the median of 9. Ten warm-ups, as
 * for the 10,000-word engine cases (a call takes ~150 ms, like theirs): timing every call of fresh processes showed
 * calls 4–8 at 150–350 ms while V8 still optimised and deoptimised (classifyEdit, versionSentences, detectMoves: "wrong
 * map"), and a steady 95–180 ms from about the ninth (docs/PERFORMANCE.md, session 10). Until session 9 it was 3.
 */
const VERSIONS_WARM_UPS = 10;

function timeVersions(_statementCount: number, wordCount: number): TimeResult {
  const { diffVersions } = loadEngine();
  const { original, edited } = versionsInput(wordCount);
  for (let i = 0; i < VERSIONS_WARM_UPS; i++) diffVersions(original, edited);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < 9; i++) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    diffVersions(original, edited);
    times.push(performance.now() - started);
    cpuTimes.push(cpuMs(process.cpuUsage(cpuStarted)));
  }
  return { medianMs: median(times), minMs: times.reduce((a, b) => Math.min(a, b), Infinity), medianCpuMs: median(cpuTimes), runs: 9 };
}

const CASES = { time: timeEngine, memory: measureEngineMemory, naive: runNaive, versions: timeVersions };
type CaseName = keyof typeof CASES;

// Children load TypeScript through tsx's CommonJS hook only. `tsx script.ts` (how this script is
// started) also registers ESM hooks, which Node runs in a worker thread with its own V8 heap: about
// 25 MB of RSS that has nothing to do with compare() and would be counted in every case's peak.
// Engine cases run with the young generation the comparison workers have (lib/jobs/engine-heap.ts), so they time
// compare() as the app runs it; `heap: "default"` runs one with V8's default, for reference. The naive baseline and the
// version diff (which the app runs on the request thread) keep the default.
function inChild<Name extends CaseName>(name: Name, statementCount: number, wordCount: number, heap: "engine" | "default" = "default"): ReturnType<(typeof CASES)[Name]> {
  const loader = ["--require", require.resolve("tsx/cjs")];
  const flags = heap === "engine" ? ENGINE_NODE_FLAGS : [];
  const output = execFileSync(process.execPath, [...flags, ...loader, __filename, "--case", name, String(statementCount), String(wordCount)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split("\n").pop()!) as ReturnType<(typeof CASES)[Name]>;
}

function format(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function main(): void {
  const [flag, name, statementCount, wordCount] = process.argv.slice(2);
  if (flag === "--case") {
    const result = CASES[name as CaseName](Number(statementCount), Number(wordCount));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }

  const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs; load average at start ${load()}.`);
  console.log("Words are per statement. Engine times: median (and fastest) of the timed runs after warm-up, in one process;");
  console.log("peak RSS: one compare() in a fresh process (RSS before compare() in brackets: Node + tsx's CommonJS hook + input).");
  console.log(`Engine cases run with the comparison workers' young generation (${ENGINE_NODE_FLAGS.join(" ")}, lib/jobs/engine-heap.ts).`);
  console.log(`Naive = jsdiff diffWords over every pair of whole texts, capped at ${NAIVE_TIMEOUT_MS} ms per pair ("≥" when a pair hit the cap).\n`);
  console.log("| statements | words | engine median ms (fastest) | engine CPU ms | runs | engine peak RSS MB | naive ms | naive peak RSS MB | speed-up |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  const medians = new Map<string, number>();
  for (const statements of STATEMENT_COUNTS) {
    for (const words of WORD_COUNTS) {
      const time = inChild("time", statements, words, "engine");
      const memory = inChild("memory", statements, words, "engine");
      const naive = inChild("naive", statements, words);
      medians.set(`${statements}x${words}`, time.medianMs);
      const bound = naive.capped ? "≥ " : "";
      console.log(
        `| ${statements} | ${words.toLocaleString("en")} | ${format(time.medianMs)} (${format(time.minMs)}) | ${format(time.medianCpuMs)} | ${time.runs} | ` +
          `${memory.peakRssMb.toFixed(0)} (${memory.rssBeforeMb.toFixed(0)}) | ${bound}${format(naive.ms)} | ${naive.peakRssMb.toFixed(0)} | ` +
          `${bound}${(naive.ms / time.medianMs).toFixed(0)}× |`,
      );
    }
  }
  console.log("\nEngine time growth per doubling of words per statement (from the medians):");
  for (const statements of STATEMENT_COUNTS) {
    const perDoubling = (from: number, to: number) =>
      Math.pow(medians.get(`${statements}x${to}`)! / medians.get(`${statements}x${from}`)!, 1 / Math.log2(to / from)).toFixed(2);
    console.log(`  ${statements} statements: 1k→10k ×${perDoubling(1_000, 10_000)}, 10k→50k ×${perDoubling(10_000, 50_000)}`);
  }
  const defaultHeap = inChild("time", 5, 10_000, "default");
  console.log(
    `\n5 × 10,000 words with V8's default young generation (not the workers'): median ${format(defaultHeap.medianMs)} ms (fastest ${format(defaultHeap.minMs)}), CPU ${format(defaultHeap.medianCpuMs)} ms.`,
  );
  const versions = inChild("versions", 2, 50_000);
  console.log(
    `\nVersions (2 × 50,000 words, 5 % of words replaced, 3 paragraphs moved): median ${format(versions.medianMs)} ms (fastest ${format(versions.minMs)}), CPU ${format(versions.medianCpuMs)} ms.`,
  );
  console.log(`\nLoad average at end ${load()}.`);
}

// Importable for profiling without running the table.
if (require.main === module) main();
