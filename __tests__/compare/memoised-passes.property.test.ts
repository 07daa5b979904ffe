/** @jest-environment node */
import fc from "fast-check";
import { analyseStatement, type AnalysedStatement } from "@/lib/compare/analyse";
import { Lexicon } from "@/lib/compare/lexicon";
import { matchOf, type CellSource } from "@/lib/compare/match-strength";
import { foldCase } from "@/lib/compare/normalise";
import type { RowMatch, SimilarWord } from "@/lib/compare/types";
import { findVersions } from "@/lib/compare/versions/find";

/**
 * The engine's per-comparison scratch state (docs/PERFORMANCE.md, "Session 3"): matchOf counts terms in per-term
 * arrays stamped per row and cell, shared by all rows of a comparison; findVersions builds each statement's quick
 * sentences and distinct words once and reuses them for every pair. Neither may change a result: matchOf must give
 * what the plain Set/Map version gives, row after row on one lexicon, and findVersions over many statements must
 * give, for each pair, what it gives for that pair alone.
 */

// Invented words, some with WordNet synonyms ("phone"/"telephone", "talk"/"discussion"), names, numbers, stop words.
const WORDS = [
  "the", "of", "and", "to", "ministers", "agreed", "border", "crossing", "phone", "telephone", "talk", "discussion",
  "Velmar", "Ostrava", "Kirel", "envoy", "treaty", "12,000", "12000", "70", "week", "draft", "peace", "commission",
];
const sentenceArb = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }).map((words) => {
  const text = words.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
});
const statementArb = fc.array(sentenceArb, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(" "));

/**
 * matchOf as it was before the stamped arrays: a Set of terms per cell, a Map of cell counts, a Set of listed terms.
 * The words said in other words are not counted with the stamped arrays: they are taken as given.
 */
function referenceMatch(cells: readonly CellSource[], lexicon: Lexicon, nameTerm: Uint8Array, similarity: number, threshold: number, similarWords: SimilarWord[]): RowMatch | null {
  if (cells.length < 2) return null;
  const termSets = cells.map(({ statement, units }) => {
    const terms = new Set<number>();
    for (const unit of units) {
      for (let t = unit.tokenFrom; t < unit.tokenTo; t++) for (const term of lexicon.termsOf(statement.tokens.words[t], statement.language)) terms.add(term);
    }
    return terms;
  });
  const cellsWith = new Map<number, number>();
  for (const terms of termSets) for (const term of terms) cellsWith.set(term, (cellsWith.get(term) ?? 0) + 1);
  const words: string[] = [];
  const names: string[] = [];
  const numbers: string[] = [];
  const listed = new Set<number>();
  for (const { statement, units } of cells) {
    for (const unit of units) {
      for (let t = unit.tokenFrom; t < unit.tokenTo; t++) {
        for (const term of lexicon.termsOf(statement.tokens.words[t], statement.language)) {
          if ((cellsWith.get(term) ?? 0) < 2 || listed.has(term)) continue;
          listed.add(term);
          const list = lexicon.isNumberTerm(term) ? numbers : nameTerm[term] ? names : words;
          if (list.length < 8) list.push(statement.text.slice(statement.tokens.starts[t], statement.tokens.ends[t]));
        }
      }
    }
  }
  const strength = similarity >= threshold && words.length + numbers.length + similarWords.length > 0 ? "strong" : "weak";
  return { strength, words: words.map(foldCase), names, numbers, similarWords, similarity };
}

function analyse(texts: string[]): { lexicon: Lexicon; statements: AnalysedStatement[] } {
  const lexicon = new Lexicon();
  const statements = texts.map((text, order) => analyseStatement({ id: `s${order}`, label: `S${order}`, text }, order, lexicon, true));
  return { lexicon, statements };
}

describe("memoised engine passes give the results of the plain ones", () => {
  test("matchOf with per-comparison stamped counters equals the Set/Map version for every row of a comparison", () => {
    fc.assert(
      fc.property(
        fc.array(statementArb, { minLength: 2, maxLength: 4 }),
        fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (texts, rows, nameFlags, similarity) => {
          const { lexicon, statements } = analyse(texts);
          // Terms exist once every word has been read in its language.
          for (const statement of statements) for (let t = 0; t < statement.tokens.count; t++) lexicon.termsOf(statement.tokens.words[t], statement.language);
          const nameTerm = Uint8Array.from({ length: lexicon.terms.length }, (_, term) => (nameFlags[term % nameFlags.length] ? 1 : 0));
          // Each row: cells from distinct statements, each cell one or two consecutive units.
          for (const picks of rows) {
            const cells: CellSource[] = [];
            const used = new Set<number>();
            for (const pick of picks) {
              const statement = statements[pick % statements.length];
              if (used.has(statement.order)) continue;
              used.add(statement.order);
              const first = pick % statement.units.length;
              cells.push({ statement, units: statement.units.slice(first, first + 1 + (pick % 2)) });
            }
            const match = matchOf(cells, lexicon, nameTerm, similarity, 0.5);
            expect(match).toEqual(referenceMatch(cells, lexicon, nameTerm, similarity, 0.5, match?.similarWords ?? []));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test("findVersions over several statements finds, for each pair, what it finds for that pair alone", () => {
    // Near-copies: a base text and edits of it (sentences dropped or swapped), so that pairs do pass the quick check.
    const editedArb = fc.tuple(fc.array(sentenceArb, { minLength: 3, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 2, maxLength: 4 })).map(([base, edits]) =>
      edits.map(([drop, swap, keepAll]) => {
        const copy = [...base];
        if (!keepAll) copy.splice(drop % copy.length, 1);
        const k = swap % copy.length;
        [copy[0], copy[k]] = [copy[k], copy[0]];
        return copy.join(" ");
      }),
    );
    let found = 0;
    fc.assert(
      fc.property(fc.oneof(editedArb, fc.array(statementArb, { minLength: 2, maxLength: 4 })), (texts) => {
        const { statements } = analyse(texts);
        const bounds = { maxEditLength: 10_000, timeoutMs: 10_000 };
        const all = findVersions(statements, 0.6, bounds);
        const pairwise: typeof all = [];
        for (let i = 0; i < statements.length; i++) {
          for (let j = i + 1; j < statements.length; j++) for (const pair of findVersions([statements[i], statements[j]], 0.6, bounds)) pairwise.push(pair);
        }
        expect(all).toEqual(pairwise);
        found += all.length;
      }),
      { numRuns: 100 },
    );
    // The near-copies do make versions, so the comparison above is not only of empty lists.
    expect(found).toBeGreaterThan(50);
  });
});
