import { diffArrays } from "diff";
import { foldForMatching, sameWhenFolded } from "../text/fold";
import type { AnalysedStatement } from "./analyse";
import { diffWordsBounded, pushPart, type DiffBounds } from "./diff";
import { radixSortUint32 } from "./radix-sort";
import { roundSimilarity } from "./similarity";
import type { DiffPart, VersionPair } from "./types";

const SHINGLE = 3;

/** How many shingles a statement has. */
function shingleCount(statement: AnalysedStatement): number {
  const { count } = statement.tokens;
  return Math.max(0, count - Math.min(SHINGLE, count) + 1);
}

/** Sorted hashes of every run of three consecutive words (of single words in texts too short for a run). */
function shingles(statement: AnalysedStatement): Uint32Array {
  const { codes, count } = statement.tokens;
  const size = Math.min(SHINGLE, count);
  const hashes = new Uint32Array(shingleCount(statement));
  for (let i = 0; i < hashes.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < size; k++) hash = Math.imul(hash ^ (codes[i + k] >> 1), 0x01000193);
    hashes[i] = hash >>> 0;
  }
  return radixSortUint32(hashes);
}

/**
 * Share of word triples the two texts have in common (as multisets), relative to the longer text.
 * A report that quotes a short readout in full still scores low: near-copies must be near-copies both ways.
 */
function overlap(a: Uint32Array, b: Uint32Array): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / longer;
}

/** The text cut into sentences, each with the whitespace after it, so the pieces join back into the text. */
function pieces(statement: AnalysedStatement): string[] {
  const { text, sentences } = statement;
  if (sentences.length === 0) return text ? [text] : [];
  return sentences.map((sentence, i) => text.slice(i === 0 ? 0 : sentence.start, sentences[i + 1]?.start ?? text.length));
}

function trailingWhitespace(text: string): string {
  let start = text.length;
  while (start > 0 && /\s/u.test(text[start - 1])) start--;
  return text.slice(start);
}

/**
 * Whole-text word diff, anchored on sentences that are identical once folded (lib/text/fold) first so that its cost depends on how much
 * changed, not on how long the texts are; changed stretches get a bounded word diff.
 * Null when the sentence-level diff runs out of time.
 */
function anchoredDiff(a: AnalysedStatement, b: AnalysedStatement, bounds: DiffBounds): DiffPart[] | null {
  const piecesA = pieces(a);
  const piecesB = pieces(b);
  const changes = diffArrays(
    piecesA.map((piece) => foldForMatching(piece).trim()),
    piecesB.map((piece) => foldForMatching(piece).trim()),
    { timeout: bounds.timeoutMs },
  );
  if (!changes) return null;
  const parts: DiffPart[] = [];
  let indexA = 0;
  let indexB = 0;
  let deleted = "";
  let inserted = "";
  const flush = () => {
    // Whitespace after the last sentence of a run is diffed apart, so the words can be diffed exactly.
    const trailingDeleted = trailingWhitespace(deleted);
    const trailingInserted = trailingWhitespace(inserted);
    const [before, after] = [deleted.slice(0, deleted.length - trailingDeleted.length), inserted.slice(0, inserted.length - trailingInserted.length)];
    const words = before && after ? diffWordsBounded(before, after, { ...bounds, language: a.language }) : null;
    if (words) words.forEach((part) => pushPart(parts, part.op, part.text));
    else {
      pushPart(parts, "delete", before);
      pushPart(parts, "insert", after);
    }
    if (sameWhenFolded(trailingDeleted, trailingInserted)) pushPart(parts, "equal", trailingDeleted);
    else {
      pushPart(parts, "delete", trailingDeleted);
      pushPart(parts, "insert", trailingInserted);
    }
    deleted = inserted = "";
  };
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) deleted += piecesA.slice(indexA, (indexA += count)).join("");
    else if (change.added) inserted += piecesB.slice(indexB, (indexB += count)).join("");
    else {
      flush();
      pushPart(parts, "equal", piecesA.slice(indexA, indexA + count).join(""));
      indexA += count;
      indexB += count;
    }
  }
  flush();
  return parts;
}

/** Pairs of statements that are near-copies of each other (one republishing the other), with their diff. */
export function findVersions(statements: readonly AnalysedStatement[], threshold: number, bounds: DiffBounds): VersionPair[] {
  const counts = statements.map(shingleCount);
  // Hashed only for statements that some other one is long enough to be a version of.
  const hashes: (Uint32Array | undefined)[] = [];
  const hashesOf = (s: number) => (hashes[s] ??= shingles(statements[s]));
  const versions: VersionPair[] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const [shorter, longer] = [Math.min(counts[i], counts[j]), Math.max(counts[i], counts[j])];
      if (shorter < threshold * longer) continue;
      const similarity = overlap(hashesOf(i), hashesOf(j));
      if (similarity === 0 || similarity < threshold) continue;
      const parts = anchoredDiff(statements[i], statements[j], bounds);
      versions.push({
        aId: statements[i].id,
        bId: statements[j].id,
        similarity: roundSimilarity(similarity),
        status: parts ? "diffed" : "rephrased",
        parts: parts ?? [],
      });
    }
  }
  return versions;
}
